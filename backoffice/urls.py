from django.urls import path

from backoffice import console, dashboards, queue_figures, views

app_name = "backoffice"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("permohonan/<uuid:uuid>/", views.review, name="review"),
    path("permohonan/<uuid:uuid>/nik/", views.reveal_nik, name="reveal_nik"),
    path(
        "permohonan/<uuid:uuid>/dokumen/<int:document_id>/",
        views.document_view,
        name="document",
    ),
    path(
        "permohonan/<uuid:uuid>/dokumen/<int:document_id>/periksa/",
        views.document_check,
        name="document_check",
    ),
    path("permohonan/<uuid:uuid>/hasil/", views.output_view, name="output"),
    path("permohonan/<uuid:uuid>/<slug:action>/", views.act, name="act"),
    # The counter console (queue).
    path("loket/", console.counters, name="counters"),
    path("antrean/angka/", queue_figures.queue_figures, name="queue_figures"),
    # Dashboards for supervisors, managers and the province (issue 10 §3).
    path("dasbor/", dashboards.dashboard, name="dashboard"),
    path(
        "dasbor/<slug:table>.<slug:fmt>",
        dashboards.dashboard_download,
        name="dashboard_download",
    ),
    path("loket/<int:counter_id>/", console.console, name="console"),
    path("loket/<int:counter_id>/hari-ini/", console.today, name="console_today"),
    path("loket/<int:counter_id>/<slug:action>/", console.act, name="console_act"),
]

from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    path("layanan/<slug:slug>/ajukan/", views.application_start, name="start"),
    path("permohonan/", views.application_list, name="list"),
    path("permohonan/<uuid:uuid>/", views.application_detail, name="detail"),
    path("permohonan/<uuid:uuid>/isi/", views.application_edit, name="edit"),
    path("permohonan/<uuid:uuid>/tinjau/", views.application_review, name="review"),
    path("permohonan/<uuid:uuid>/kirim/", views.application_submit, name="submit"),
    path(
        "permohonan/<uuid:uuid>/terkirim/",
        views.application_confirmation,
        name="confirmation",
    ),
    path("permohonan/<uuid:uuid>/batal/", views.application_cancel, name="cancel"),
    path("permohonan/<uuid:uuid>/perbaiki/", views.application_fix, name="fix"),
    path(
        "permohonan/<uuid:uuid>/dokumen/<int:document_id>/",
        views.document_download,
        name="document",
    ),
    path(
        "permohonan/<uuid:uuid>/dokumen/<int:document_id>/lihat/",
        views.document_view,
        name="document_view",
    ),
    path("permohonan/<uuid:uuid>/hasil/", views.output_download, name="output"),
    path("lacak/", views.track, name="track"),
]

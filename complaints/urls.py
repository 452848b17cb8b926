from django.urls import path

from complaints import views

app_name = "complaints"

urlpatterns = [
    path("pengaduan/baru/", views.complaint_new, name="new"),
    path("pengaduan/lacak/", views.complaint_track, name="track"),
    path("pengaduan/", views.complaint_list, name="list"),
    path(
        "pengaduan/<uuid:uuid>/terkirim/",
        views.complaint_confirmation,
        name="confirmation",
    ),
    path("pengaduan/<uuid:uuid>/", views.complaint_detail, name="detail"),
    # The back office (/petugas/ needs the staff's second factor: accounts/mfa.py).
    path("petugas/pengaduan/", views.staff_list, name="staff_list"),
    path("petugas/pengaduan/<uuid:uuid>/", views.staff_detail, name="staff_detail"),
    path(
        "petugas/pengaduan/<uuid:uuid>/lampiran/<int:document_id>/",
        views.staff_attachment,
        name="staff_attachment",
    ),
    path(
        "petugas/pengaduan/<uuid:uuid>/<slug:action>/",
        views.staff_act,
        name="staff_act",
    ),
]

from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("notifikasi/", views.notification_list, name="list"),
    path("notifikasi/dibaca/", views.notification_mark_read, name="mark_read"),
]

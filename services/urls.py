from django.urls import path

from services import views

app_name = "services"

urlpatterns = [
    path("", views.home, name="home"),
    path("layanan/", views.service_search, name="search"),
    path("layanan/<slug:slug>/", views.service_detail, name="detail"),
]

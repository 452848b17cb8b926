from django.urls import path

from agencies import views

app_name = "agencies"

urlpatterns = [
    path("mpp/<slug:slug>/", views.mall_detail, name="mall_detail"),
    path("instansi/", views.agency_list, name="agency_list"),
    path("instansi/<slug:slug>/", views.agency_detail, name="agency_detail"),
]

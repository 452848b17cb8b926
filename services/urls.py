from django.urls import path

from mpp.pagecache import public_page
from services import views

app_name = "services"

# public_page: the same for every anonymous visitor, cached whole (mpp/pagecache.py).
urlpatterns = [
    path("", public_page(views.home), name="home"),
    path("layanan/", public_page(views.service_search), name="search"),
    path("layanan/<slug:slug>/", public_page(views.service_detail), name="detail"),
]

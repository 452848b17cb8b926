from django.urls import path

from agencies import views
from mpp.pagecache import public_page

app_name = "agencies"

# public_page: the same for every anonymous visitor, cached whole (mpp/pagecache.py).
urlpatterns = [
    path("mpp/<slug:slug>/", public_page(views.mall_detail), name="mall_detail"),
    path("instansi/", public_page(views.agency_list), name="agency_list"),
    path(
        "instansi/<slug:slug>/", public_page(views.agency_detail), name="agency_detail"
    ),
]

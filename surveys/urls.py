from django.urls import path

from surveys import views

app_name = "surveys"

# Not public_page (mpp/pagecache.py): a new response or plan shows at once.
urlpatterns = [
    path(
        "survei/permohonan/<uuid:uuid>/",
        views.survey_application,
        name="application",
    ),
    path("survei/tiket/<uuid:uuid>/", views.survey_ticket, name="ticket"),
    path("survei/t/<str:token>/", views.survey_walk_in, name="walk_in"),
    path("survei/terima-kasih/", views.survey_thanks, name="thanks"),
    path("mpp/<slug:slug>/ikm/", views.mall_ikm, name="mall_ikm"),
    path("petugas/ikm/", views.follow_up_plans, name="follow_up"),
]

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from accounts import views as account_views
from mpp import views

admin.site.site_header = "MPP Kepri"
admin.site.site_title = "MPP Kepri"
admin.site.index_title = "Administrasi"

urlpatterns = [
    path("-/ping/", views.ping, name="ping"),
    path("-/health/", views.health, name="health"),
]
urlpatterns += i18n_patterns(
    # Inside the language prefix, so the switch runs in the page's own language and
    # can translate its URL (translate_url resolves in the active language).
    # CSRF-exempt: the language switch is the one form on the public pages, which
    # are cached whole and so cannot carry each visitor's token (mpp/pagecache.py).
    # A forged switch only changes the language cookie; `next` is still checked.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("", include("services.urls")),
    path("", include("applications.urls")),
    path("", include("notifications.urls")),
    path("", include("queueing.urls")),
    path("", include("surveys.urls")),
    path("petugas/", include("backoffice.urls")),
    path("akun/", include("accounts.urls")),
    # Before allauth's own: its authenticator activation and recovery codes, going on
    # to where the staff member was headed (accounts/mfa.py).
    path("akun/2fa/totp/activate/", account_views.totp_activate),
    path("akun/2fa/recovery-codes/", account_views.recovery_codes),
    path("akun/", include("allauth.urls")),
    path("", include("agencies.urls")),
    path("", include("complaints.urls")),
    # Before the admin: its own sign-in form is replaced by the portal's (throttled).
    path("admin/login/", account_views.admin_login, name="admin_login"),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

# Error pages in the portal's layout (mpp/views.py); 404 and 500 are Django's own
# views with templates/404.html and 500.html.
handler400 = "mpp.views.bad_request"
handler403 = "mpp.views.permission_denied"

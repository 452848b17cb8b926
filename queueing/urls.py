from django.urls import path

from queueing.views import board, kiosk, online, tickets

app_name = "queueing"

urlpatterns = [
    # The kiosk at a mall's entrance (touch screen, no sign-in).
    path("antrean/<slug:mall>/kiosk/", kiosk.kiosk, name="kiosk"),
    path("antrean/<slug:mall>/kiosk/ambil/", kiosk.kiosk_issue, name="kiosk_issue"),
    path("antrean/<slug:mall>/kiosk/check-in/", kiosk.kiosk_check_in, name="check_in"),
    # The display board (a TV in a browser, no sign-in, no personal data).
    path("antrean/<slug:mall>/layar/", board.board, name="board"),
    path("antrean/<slug:mall>/layar/data/", board.board_data, name="board_data"),
    # Online tickets from the citizen's account.
    path("antrean/pesan/", online.book, name="book"),
    path("antrean/saya/", online.my_tickets, name="my_tickets"),
    path(
        "antrean/tiket/<uuid:uuid>/batal/", online.ticket_cancel, name="ticket_cancel"
    ),
    # A ticket, by its unguessable public id (the QR code on the paper ticket).
    path("antrean/tiket/<uuid:uuid>/", tickets.ticket_detail, name="ticket"),
    path("antrean/tiket/<uuid:uuid>/cetak/", tickets.ticket_print, name="ticket_print"),
    path(
        "antrean/tiket/<uuid:uuid>/posisi/", tickets.ticket_place, name="ticket_place"
    ),
]

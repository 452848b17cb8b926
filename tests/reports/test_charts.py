"""The dashboards' SVG bar geometry (reports/charts.py)."""

from reports import charts


def test_bars_are_scaled_to_the_axis_and_stacked_top_down():
    # given: 640 wide, 200 for labels, 60 for the value's text: 380 of bar
    items = [("Batam", 50.0, "50 %"), ("Bintan", None, "–"), ("Natuna", 150.0, "x")]
    # when
    chart = charts.horizontal_bars(items, top=100)
    # then
    bars = chart["bars"]
    assert [b.width for b in bars] == [190.0, 0.0, 380.0]  # capped at the axis end
    assert [b.y for b in bars] == [8, 34, 60]
    assert [b.text for b in bars] == ["50 %", "–", "x"]
    assert bars[0].value_x == 200 + 190 + 4
    assert chart["height"] == 86


def test_without_a_top_the_largest_value_fills_the_axis():
    chart = charts.horizontal_bars([("a", 2, "2"), ("b", 8, "8")])
    assert [b.width for b in chart["bars"]] == [95.0, 380.0]
    assert charts.horizontal_bars([])["bars"] == []
    assert charts.scale_to(5, 0, 100) == 0.0

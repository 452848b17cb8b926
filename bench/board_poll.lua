-- display_board: a TV polling its mall's board with the ETag it shows
-- (static/js/board.js). Nothing moved during the run, so the expected answer is
-- 304 Not Modified; a 200 (the board changed) or anything else is unexpected.
response = function(status, headers, body)
  return status == 304
end

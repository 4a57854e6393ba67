-module(lib_calendar_local_free).
-export([main/0]).
%% Calendar arithmetic that does not depend on the clock or the time zone.
main() ->
    Days = [calendar:date_to_gregorian_days(Y, 1, 1) || Y <- [1970, 2000, 2024]],
    io:format("~p~n", [Days]),
    io:format("~p~n", [[calendar:day_of_the_week(D) || D <- [{2024, 1, 1}, {1999, 12, 31}]]]),
    io:format("~p~n", [calendar:gregorian_days_to_date(0)]),
    io:format("~p~n", [calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}})]),
    io:format("~p~n", [calendar:time_to_seconds({23, 59, 59})]),
    io:format("~p~n", [calendar:rfc3339_to_system_time("2024-02-29T23:59:59+01:00", [{unit, millisecond}])]).

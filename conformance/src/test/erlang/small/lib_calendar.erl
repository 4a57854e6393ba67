-module(lib_calendar).
-export([main/0]).
main() ->
    io:format("~p~n", [calendar:date_to_gregorian_days(2024, 2, 29)]),
    io:format("~p~n", [calendar:gregorian_days_to_date(739000)]),
    io:format("~p~n", [calendar:day_of_the_week(2000, 1, 1)]),
    io:format("~p ~p~n", [calendar:is_leap_year(1900), calendar:is_leap_year(2000)]),
    io:format("~p~n", [calendar:last_day_of_the_month(2023, 2)]),
    io:format("~p~n", [calendar:datetime_to_gregorian_seconds({{2020, 5, 17}, {13, 45, 10}})]),
    io:format("~p~n", [calendar:gregorian_seconds_to_datetime(63000000000)]),
    io:format("~p~n", [calendar:seconds_to_daystime(100000)]),
    io:format("~p~n", [calendar:seconds_to_time(3725)]),
    io:format("~p~n", [calendar:time_difference({{2020, 1, 1}, {0, 0, 0}}, {{2020, 3, 1}, {12, 0, 0}})]),
    io:format("~p~n", [calendar:iso_week_number({2021, 1, 3})]),
    io:format("~p~n", [calendar:valid_date(2023, 2, 29)]),
    io:format("~p~n", [calendar:system_time_to_rfc3339(1600000000, [{offset, "Z"}])]),
    io:format("~p~n", [calendar:rfc3339_to_system_time("2020-09-13T12:26:40Z")]),
    io:format("~p~n", [calendar:system_time_to_universal_time(86400 * 365, second)]).

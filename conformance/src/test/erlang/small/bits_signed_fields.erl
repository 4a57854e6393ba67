-module(bits_signed_fields).
-export([main/0]).
main() ->
    B = <<16#FF, 16#FE, 16#80, 16#00, 16#7F>>,
    <<A:8/signed, C:16/signed-little, D:16/signed-big>> = B,
    io:format("~w ~w ~w~n", [A, C, D]),
    <<E:5/signed, F:3/signed, _/binary>> = <<16#F9>>,
    io:format("~w ~w~n", [E, F]),
    io:format("~w~n", [<<-2:8/signed, -300:16/little-signed>>]),
    <<G:80/signed>> = <<-5:80>>,
    io:format("~w~n", [G]).

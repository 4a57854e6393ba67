-module(bits_protocol_header).
-export([main/0]).
%% An IPv4-style header parsed with bit syntax.
main() ->
    Hdr = <<4:4, 5:4, 0:8, 40:16, 16#1C46:16, 2:3, 0:13, 64:8, 6:8, 16#B1E6:16,
            192, 168, 0, 1, 10, 0, 0, 7>>,
    <<Ver:4, IHL:4, _Tos:8, Len:16, Id:16, Flags:3, Frag:13, TTL:8, Proto:8, Sum:16,
      S1, S2, S3, S4, D1, D2, D3, D4>> = Hdr,
    io:format("v~w ihl=~w len=~w id=~.16B flags=~w frag=~w ttl=~w proto=~w sum=~.16b~n",
              [Ver, IHL, Len, Id, Flags, Frag, TTL, Proto, Sum]),
    io:format("~w.~w.~w.~w -> ~w.~w.~w.~w~n", [S1, S2, S3, S4, D1, D2, D3, D4]).

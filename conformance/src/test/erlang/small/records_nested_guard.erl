-module(records_nested_guard).
-export([main/0]).
-record(pt, {x = 0, y = 0}).
-record(seg, {from = #pt{}, to = #pt{}}).
main() ->
    Segs = [#seg{to = #pt{x = 3, y = 4}}, #seg{from = #pt{x = 1}, to = #pt{x = 1, y = 9}}, #seg{}],
    [io:format("~p~n", [describe(S)]) || S <- Segs].
describe(#seg{from = #pt{x = X}, to = #pt{x = X}} = S) when S#seg.from =/= S#seg.to -> vertical;
describe(#seg{from = F, to = F}) -> point;
describe(#seg{from = #pt{x = X1, y = Y1}, to = #pt{x = X2, y = Y2}}) ->
    {length_sq, (X2 - X1) * (X2 - X1) + (Y2 - Y1) * (Y2 - Y1)}.

-module(large_sort_report).
-export([main/0]).
%% A sales report over generated records: sorting by several keys, grouping, ranking,
%% percentiles and a formatted table.

-record(sale, {id, region, product, qty, price}).

main() ->
    Sales = generate(2000),
    io:format("records: ~w~n", [length(Sales)]),
    ByRegion = group(#sale.region, Sales),
    io:format("~-8s ~8s ~12s ~10s~n", ["region", "count", "revenue", "avg qty"]),
    [io:format("~-8s ~8w ~12.2f ~10.3f~n", [R, length(L), revenue(L), avg([S#sale.qty || S <- L])])
     || {R, L} <- ByRegion],
    Top = lists:sublist(lists:sort(fun(A, B) -> {-value(A), A#sale.id} =< {-value(B), B#sale.id} end, Sales), 10),
    io:format("top sales:~n"),
    [io:format("  #~4..0w ~-6s ~-8s ~4w x ~7.2f = ~9.2f~n",
               [S#sale.id, S#sale.region, S#sale.product, S#sale.qty, S#sale.price, value(S)]) || S <- Top],
    Products = group(#sale.product, Sales),
    Ranked = lists:reverse(lists:keysort(2, [{P, revenue(L)} || {P, L} <- Products])),
    [io:format("~w. ~-8s ~12.2f~n", [I, P, V]) || {I, {P, V}} <- lists:zip(lists:seq(1, length(Ranked)), Ranked)],
    Values = lists:sort([value(S) || S <- Sales]),
    [io:format("p~w: ~.2f~n", [P, percentile(P, Values)]) || P <- [10, 25, 50, 75, 90, 99]],
    Median = percentile(50, Values),
    io:format("above median: ~w~n", [length([V || V <- Values, V > Median])]),
    Dedup = lists:usort([{S#sale.region, S#sale.product} || S <- Sales]),
    io:format("region/product pairs: ~w~n", [length(Dedup)]),
    Merged = lists:merge([lists:sort([S#sale.qty || S <- L]) || {_, L} <- ByRegion]),
    io:format("merged qty head: ~w~n", [lists:sublist(Merged, 15)]),
    io:format("total revenue: ~.2f~n", [revenue(Sales)]).

generate(N) -> generate(N, 12345, []).
generate(0, _, Acc) -> lists:reverse(Acc);
generate(N, Seed, Acc) ->
    S1 = lcg(Seed), S2 = lcg(S1), S3 = lcg(S2), S4 = lcg(S3),
    Sale = #sale{id = N,
                 region = lists:nth(S1 rem 5 + 1, ["north", "south", "east", "west", "central"]),
                 product = lists:nth(S2 rem 7 + 1, ["bolts", "nuts", "gears", "springs", "levers", "pulleys", "chains"]),
                 qty = S3 rem 50 + 1,
                 price = (S4 rem 10000) / 100},
    generate(N - 1, S4, [Sale | Acc]).

lcg(S) -> (S * 1103515245 + 12345) rem 2147483648.

value(S) -> S#sale.qty * S#sale.price.
revenue(L) -> lists:sum([value(S) || S <- L]).
avg(L) -> lists:sum(L) / length(L).

group(Pos, L) ->
    Sorted = lists:keysort(Pos, L),
    group_sorted(Pos, Sorted, []).
group_sorted(_, [], Acc) -> lists:reverse(Acc);
group_sorted(Pos, [H | _] = L, Acc) ->
    K = element(Pos, H),
    {Same, Rest} = lists:splitwith(fun(X) -> element(Pos, X) =:= K end, L),
    group_sorted(Pos, Rest, [{K, Same} | Acc]).

percentile(P, Sorted) ->
    N = length(Sorted),
    Rank = max(1, round(P / 100 * N)),
    lists:nth(Rank, Sorted).

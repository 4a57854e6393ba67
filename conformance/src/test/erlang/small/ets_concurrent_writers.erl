-module(ets_concurrent_writers).
-export([main/0]).
%% 50 processes write into shared public tables at once (a set with write_concurrency, an
%% ordered_set, a bag, counters bumped with update_counter); the final contents are the same
%% however their writes interleave.
main() ->
    Set = ets:new(set, [set, public, {write_concurrency, true}, {read_concurrency, true}]),
    Ordered = ets:new(ordered, [ordered_set, public, {write_concurrency, true}]),
    Bag = ets:new(bag, [bag, public]),
    ets:insert(Set, [{hits, 0}, {misses, 0}]),
    Self = self(),
    Writers = [spawn(fun() -> write(Set, Ordered, Bag, W), Self ! {done, self()} end) || W <- lists:seq(1, 50)],
    [receive {done, W} -> ok end || W <- Writers],
    io:format("set size ~p, ordered size ~p, bag size ~p~n",
              [ets:info(Set, size), ets:info(Ordered, size), ets:info(Bag, size)]),
    io:format("counters ~p ~p~n", [ets:lookup_element(Set, hits, 2), ets:lookup_element(Set, misses, 2)]),
    io:format("ordered first ~p last ~p~n", [ets:first(Ordered), ets:last(Ordered)]),
    io:format("sum ~p~n", [lists:sum([V || {_, V} <- ets:tab2list(Ordered)])]),
    Sevens = ets:lookup(Bag, 7),
    io:format("bag key 7: ~p objects, writers ~p~n", [length(Sevens), lists:usort([W || {7, W} <- Sevens]) =:= lists:seq(1, 50)]),
    io:format("set digest ~p~n", [erlang:phash2(lists:sort(ets:tab2list(Set)))]).

write(Set, Ordered, Bag, W) ->
    lists:foreach(fun(I) ->
                          Key = W * 1000 + I,
                          ets:insert(Set, {Key, W, I}),
                          ets:insert(Ordered, {Key, I * W}),
                          ets:insert(Bag, {I rem 10, W}),
                          case ets:insert_new(Set, {{shared, I}, first}) of
                              true -> ets:update_counter(Set, misses, 1);
                              false -> ets:update_counter(Set, hits, 1)
                          end
                  end, lists:seq(1, 200)).

%% The process dictionary. Each case starts with erase() because erl runs every case in one process.
-module(bdict).
-export([t/1]).
t(1) -> erase(), put(a, 1), put(b, 2), Old = put(a, 3), {Old, get(a), get(b), get(zz)};
t(2) -> erase(), put(k, v), put(j, w), lists:sort(get());
t(3) -> erase(), put(x, 1), put(y, 1), put(z, 2), {lists:sort(get_keys()), lists:sort(get_keys(1))};
t(4) -> erase(), put(a, 1), {erase(a), erase(a), get(a)};
t(5) -> erase(), put(a, 1), put(b, 2), {lists:sort(erase()), get()};
t(6) -> erase(), put({k, [1]}, x), get({k, [1]});
t(7) -> erase(), put(1, int), put(1.0, flt), {get(1), get(1.0)};
t(8) -> erase(), [put(N, N * N) || N <- lists:seq(1, 500)], {get(250), length(get()), lists:sum(get_keys())};
t(9) -> erase(), put(s, "str"), put(s, undefined), {get(s), get_keys(undefined)}.

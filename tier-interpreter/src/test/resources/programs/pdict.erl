%% The process dictionary lists its pairs in OTP's hash-table order (erl_process_dict.c):
%% get/0, get_keys/0,1, erase/0 and process_info(P, dictionary) must list them as erl does.
-module(pdict).
-compile([export_all, nowarn_export_all]).

few_ints() -> [put(I, I * 10) || I <- [3, 1, 2, 5, 4]], get().
many_ints() -> [put(I, I) || I <- lists:seq(1, 100)], get_keys().
negative_ints() -> [put(I, I) || I <- [-1, -7, -100, 5, -3, 0]], get().
collisions() -> [put(I, x) || I <- [1, 9, 17, 25]], put(17, y), put(1, z), get().
update_middle() -> [put(I, old) || I <- [2, 10, 18, 26, 34]], put(18, new), get().
erase_some() -> [put(I, I) || I <- lists:seq(1, 40)], [erase(I) || I <- lists:seq(1, 35)], get().
erase_then_put() -> [put(I, I) || I <- lists:seq(1, 30)], [erase(I) || I <- lists:seq(2, 30, 2)],
                    [put(I, again) || I <- [100, 4, 6, 200]], get().
erase_all() -> [put(I, I) || I <- lists:seq(1, 12)], {erase(), get()}.
get_keys_by_value() -> [put(I, I rem 3) || I <- lists:seq(1, 20)], {get_keys(0), get_keys(1), get_keys(9)}.
%% Keys that are or hold atoms hash by atom index, which differs from run to run even in erl.
mixed() -> [put(K, 1) || K <- [1, "string", <<"bin">>, {1, 2}, 3.5, [1, 2, 3], -5, 100000000000000, {"x", 2.0}]],
           get_keys().
other_process() ->
    Self = self(),
    P = spawn(fun() -> [put(I, I) || I <- [7, 3, 15, 11, 30, 1]], put("k", v), Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    {dictionary, D} = process_info(P, dictionary),
    P ! stop,
    D.

%% OTP's zlib module (its NIFs), one behaviour per clause: the compressed bytes themselves,
%% round trips, the streaming API with each flush mode, chunked inflate, dictionaries, errors.
-module(zlibt).
-export([t/1]).
c(F) -> try F() catch C:R -> {C, R} end.
text() -> list_to_binary([integer_to_list(I) ++ " bottles of beer, " || I <- lists:seq(1, 400)]).
noise() -> list_to_binary([(I * 7919 + I * I * 31) rem 256 || I <- lists:seq(1, 70000)]).
bins() -> [<<>>, <<"a">>, <<"hello hello hello hello">>, text(), noise()].
stream(Init, Data, Flush) ->
    Z = zlib:open(), Init(Z),
    Out = iolist_to_binary(zlib:deflate(Z, Data, Flush)),
    zlib:close(Z), Out.
t(1) -> [zlib:compress(B) || B <- bins()];
t(2) -> [zlib:uncompress(zlib:compress(B)) =:= B || B <- bins()];
t(3) -> [zlib:zip(B) || B <- bins()];
t(4) -> [zlib:unzip(zlib:zip(B)) =:= B || B <- bins()];
t(5) -> [zlib:gzip(B) || B <- bins()];
t(6) -> [zlib:gunzip(zlib:gzip(B)) =:= B || B <- bins()];
t(7) -> zlib:gunzip([zlib:gzip(<<"one ">>), zlib:gzip(<<"two">>)]);
t(8) -> zlib:compress(["abc", [$d, <<"efg">>] | <<"hij">>]);
t(9) -> [stream(fun(Z) -> zlib:deflateInit(Z, L) end, text(), finish) || L <- [none, best_speed, best_compression, default, 3]];
t(10) -> [zlib:uncompress(stream(fun(Z) -> zlib:deflateInit(Z, default, deflated, 15, 8, S) end, text(), finish)) =:= text() || S <- [filtered, huffman_only, rle, default]];
t(11) ->
    Z = zlib:open(), ok = zlib:deflateInit(Z),
    A = zlib:deflate(Z, <<"first part ">>, none),
    B = zlib:deflate(Z, <<"second part ">>, sync),
    C = zlib:deflate(Z, <<"third part ">>, full),
    D = zlib:deflate(Z, <<"last">>, finish),
    ok = zlib:deflateEnd(Z), zlib:close(Z),
    [iolist_to_binary(X) || X <- [A, B, C, D]];
t(12) ->
    Z = zlib:open(), ok = zlib:inflateInit(Z),
    Bin = zlib:compress(text()),
    Parts = [zlib:inflate(Z, binary:part(Bin, P, min(100, byte_size(Bin) - P))) || P <- lists:seq(0, byte_size(Bin) - 1, 100)],
    ok = zlib:inflateEnd(Z), zlib:close(Z),
    iolist_to_binary(Parts) =:= text();
t(13) -> [c(fun() -> zlib:uncompress(B) end) || B <- [<<"garbage data!">>, <<1, 2>>, binary:part(zlib:compress(text()), 0, 30)]];
t(14) -> [c(fun() -> zlib:unzip(<<255, 255, 255, 255>>) end), c(fun() -> zlib:gunzip(<<"not gzip at all">>) end)];
t(15) -> Z = zlib:open(), R = c(fun() -> zlib:deflate(Z, <<"x">>) end), zlib:close(Z), R;
t(16) -> Z = zlib:open(), zlib:close(Z), [c(fun() -> zlib:close(Z) end), c(fun() -> zlib:inflateInit(Z) end)];
t(17) -> [c(fun() -> zlib:compress(foo) end), c(fun() -> zlib:uncompress(foo) end), c(fun() -> zlib:crc32(foo, <<>>) end)];
t(18) ->
    Z = zlib:open(), ok = zlib:deflateInit(Z),
    R = [zlib:crc32(Z, <<"abc">>), zlib:crc32(Z)],
    zlib:close(Z), R;
t(19) ->
    Z = zlib:open(), ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    _ = zlib:deflate(Z, text()), R = zlib:crc32(Z), zlib:close(Z), {R, erlang:crc32(text())};
t(20) ->
    Dict = <<"bottles of beer">>,
    Z = zlib:open(), ok = zlib:deflateInit(Z),
    Adler = zlib:deflateSetDictionary(Z, Dict),
    Bin = iolist_to_binary(zlib:deflate(Z, text(), finish)), zlib:close(Z),
    Z2 = zlib:open(), ok = zlib:inflateInit(Z2),
    Need = c(fun() -> zlib:inflate(Z2, Bin) end),
    ok = zlib:inflateSetDictionary(Z2, Dict),
    Out = iolist_to_binary(zlib:inflate(Z2, [])), zlib:close(Z2),
    {Adler, byte_size(Bin), Need, Out =:= text()};
t(21) ->
    Z = zlib:open(), ok = zlib:inflateInit(Z),
    R = zlib:inflate(Z, zlib:compress(text()), [{exception_on_need_dict, false}]),
    zlib:close(Z),
    iolist_to_binary(R) =:= text();
t(22) ->
    Z = zlib:open(), ok = zlib:inflateInit(Z),
    {more, A} = zlib:inflateChunk(Z, zlib:compress(noise())),
    Rest = more_chunks(Z, [A]), zlib:close(Z),
    {length(A), iolist_to_binary(Rest) =:= noise()};
t(23) ->
    Z = zlib:open(), ok = zlib:deflateInit(Z),
    A = zlib:deflate(Z, text()),
    ok = zlib:deflateParams(Z, best_speed, huffman_only),
    B = zlib:deflate(Z, text(), finish), zlib:close(Z),
    iolist_to_binary([A, B]);
t(24) ->
    Z = zlib:open(), ok = zlib:deflateInit(Z),
    A = iolist_to_binary(zlib:deflate(Z, <<"reset me">>, finish)),
    ok = zlib:deflateReset(Z),
    B = iolist_to_binary(zlib:deflate(Z, <<"reset me">>, finish)), zlib:close(Z),
    {A, A =:= B};
t(25) -> [zlib:gzip(B) || B <- [<<"level">>]] ++ [stream(fun(Z) -> zlib:deflateInit(Z, L, deflated, 31, 8, default) end, <<"gz">>, finish) || L <- [1, 9]];
t(26) ->
    Z = zlib:open(), ok = zlib:inflateInit(Z, 47),
    A = iolist_to_binary(zlib:inflate(Z, zlib:gzip(<<"auto gzip">>))), ok = zlib:inflateReset(Z),
    B = iolist_to_binary(zlib:inflate(Z, zlib:compress(<<"auto zlib">>))), zlib:close(Z),
    {A, B};
t(27) ->
    Z = zlib:open(), ok = zlib:inflateInit(Z),
    R = zlib:safeInflate(Z, zlib:compress(noise())),
    zlib:close(Z),
    element(1, R);
t(28) ->
    Z = zlib:open(), ok = zlib:inflateInit(Z),
    R = c(fun() -> zlib:inflateEnd(Z) end), zlib:close(Z), R;
t(29) -> [zlib:compress(binary:copy(<<"x">>, N)) || N <- [1000, 100000]];
t(30) -> [c(fun() -> zlib:deflateInit(zlib:open(), 11) end), c(fun() -> zlib:inflateInit(zlib:open(), 7) end)].
more_chunks(Z, Acc) ->
    case zlib:inflateChunk(Z) of
        {more, D} -> more_chunks(Z, [Acc, D]);
        D -> [Acc, D]
    end.

%% Floats: the Mandelbrot set on a Size x Size grid over [-2, 1] x [-1.5, 1.5], at most 50
%% iterations per point; float arithmetic in a tight tail-recursive loop.
-module(bench_mandelbrot).
-export([run/1, default_size/0, quick_size/0]).

-define(MAX_ITERATIONS, 50).

default_size() -> 400.
quick_size() -> 80.

run(Size) ->
    rows(0, Size, 0, 0).

rows(Y, Size, Inside, Checksum) when Y < Size ->
    CI = Y * 3.0 / Size - 1.5,
    {RowInside, RowChecksum} = columns(0, Size, CI, 0, Checksum),
    rows(Y + 1, Size, Inside + RowInside, RowChecksum);
rows(_Y, _Size, Inside, Checksum) ->
    {Inside, Checksum}.

columns(X, Size, CI, Inside, Checksum) when X < Size ->
    CR = X * 3.0 / Size - 2.0,
    case escape(0.0, 0.0, CR, CI, 0) of
        ?MAX_ITERATIONS -> columns(X + 1, Size, CI, Inside + 1, Checksum);
        Steps -> columns(X + 1, Size, CI, Inside, jbeam_bench_lib:mix(Steps, Checksum))
    end;
columns(_X, _Size, _CI, Inside, Checksum) ->
    {Inside, Checksum}.

escape(_ZR, _ZI, _CR, _CI, ?MAX_ITERATIONS) ->
    ?MAX_ITERATIONS;
escape(ZR, ZI, CR, CI, Steps) ->
    ZR2 = ZR * ZR,
    ZI2 = ZI * ZI,
    if
        ZR2 + ZI2 > 4.0 -> Steps;
        true -> escape(ZR2 - ZI2 + CR, 2.0 * ZR * ZI + CI, CR, CI, Steps + 1)
    end.

%% Floats: the n-body simulation of the Jovian planets (the Computer Language Benchmarks
%% Game's problem), Size steps of a symplectic integrator over tuples of floats. The result
%% is the energy before and after, rounded to 1e-9 so runners can be compared exactly.
-module(bench_nbody).
-export([run/1, default_size/0, quick_size/0]).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).
-define(DT, 0.01).

default_size() -> 100000.
quick_size() -> 10000.

run(Steps) ->
    Bodies = offset_momentum(bodies()),
    Before = energy(Bodies),
    After = energy(advance(Steps, Bodies)),
    {round(Before * 1.0e9), round(After * 1.0e9)}.

%% {X, Y, Z, VX, VY, VZ, Mass}
bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS_PER_YEAR, 7.69901118419740425e-03 * ?DAYS_PER_YEAR,
      -6.90460016972063023e-05 * ?DAYS_PER_YEAR, 9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS_PER_YEAR, 4.99852801234917238e-03 * ?DAYS_PER_YEAR,
      2.30417297573763929e-05 * ?DAYS_PER_YEAR, 2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS_PER_YEAR, 2.37847173959480950e-03 * ?DAYS_PER_YEAR,
      -2.96589568540237556e-05 * ?DAYS_PER_YEAR, 4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS_PER_YEAR, 1.62824170038242295e-03 * ?DAYS_PER_YEAR,
      -9.51592254519715870e-05 * ?DAYS_PER_YEAR, 5.15138902046611451e-05 * ?SOLAR_MASS}].

offset_momentum([{X, Y, Z, _, _, _, M} | Rest] = Bodies) ->
    {PX, PY, PZ} = lists:foldl(fun({_, _, _, VX, VY, VZ, Mass}, {AX, AY, AZ}) ->
                                       {AX + VX * Mass, AY + VY * Mass, AZ + VZ * Mass}
                               end, {0.0, 0.0, 0.0}, Bodies),
    [{X, Y, Z, -PX / ?SOLAR_MASS, -PY / ?SOLAR_MASS, -PZ / ?SOLAR_MASS, M} | Rest].

energy(Bodies) -> energy(Bodies, 0.0).

energy([], E) -> E;
energy([{X, Y, Z, VX, VY, VZ, M} | Rest], E) ->
    Kinetic = E + 0.5 * M * (VX * VX + VY * VY + VZ * VZ),
    lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                        DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
                        Acc - M * M2 / math:sqrt(DX * DX + DY * DY + DZ * DZ)
                end, energy(Rest, Kinetic), Rest).

advance(0, Bodies) -> Bodies;
advance(Steps, Bodies) -> advance(Steps - 1, move(velocities(Bodies))).

velocities([]) -> [];
velocities([Body | Rest]) ->
    {Body1, Rest1} = interact(Body, Rest, []),
    [Body1 | velocities(Rest1)].

interact(Body, [], Done) -> {Body, lists:reverse(Done)};
interact({X, Y, Z, VX, VY, VZ, M}, [{X2, Y2, Z2, VX2, VY2, VZ2, M2} | Rest], Done) ->
    DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = ?DT / (D2 * math:sqrt(D2)),
    Other = {X2, Y2, Z2, VX2 + DX * M * Mag, VY2 + DY * M * Mag, VZ2 + DZ * M * Mag, M2},
    interact({X, Y, Z, VX - DX * M2 * Mag, VY - DY * M2 * Mag, VZ - DZ * M2 * Mag, M},
             Rest, [Other | Done]).

move(Bodies) ->
    [{X + ?DT * VX, Y + ?DT * VY, Z + ?DT * VZ, VX, VY, VZ, M} || {X, Y, Z, VX, VY, VZ, M} <- Bodies].

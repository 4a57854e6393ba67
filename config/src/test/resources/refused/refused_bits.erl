-module(refused_bits).
-export([first/1]).
first(<<X, _/binary>>) -> X.

-module(refused_bif).
-export([first/1]).
%% A module the test assigns to a tier that refuses it.
first(X) -> size(X).

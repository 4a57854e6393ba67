%% Input of ModuleDecoderTest: instructions with templates.
-module(dec).
-export([add/2, first/1]).

add(A, B) -> A + B.

first(T) -> element(1, T).

-module(arith_crash_float_overflow).
-export([main/0]).
%% A float overflow is badarith, uncaught.
main() ->
    square(id(1.0e200)).
square(X) -> X * X.
id(X) -> lists:last([X]).

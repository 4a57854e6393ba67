%% A module with an instruction the template JIT has no template for: a call of erlang:hibernate/3.
-module(dec_hibernate).
-export([sleep/0, wake/0]).

sleep() -> erlang:hibernate(?MODULE, wake, []).

wake() -> ok.

%% Input of ModuleDecoderTest: bit syntax, which has no templates yet.
-module(dec_bits).
-export([bits/1]).

bits(<<X:8>>) -> X.

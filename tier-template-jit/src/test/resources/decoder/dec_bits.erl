%% Input of ModuleDecoderTest: bit syntax, decoded into bits sites.
-module(dec_bits).
-export([bits/1]).

bits(<<X:8>>) -> X.

// The two-variable test problems are the optimization sample's own, compiled in from samples/.
global using AutoGrad.Samples.Optimization;

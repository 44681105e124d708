using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Qyzmet.Bench.RuleBenchmarks).Assembly).Run(args);

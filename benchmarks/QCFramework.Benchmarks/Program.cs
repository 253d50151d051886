using BenchmarkDotNet.Running;

// Run all benchmarks: dotnet run -c Release --project benchmarks/QCFramework.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

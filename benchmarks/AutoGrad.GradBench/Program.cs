using System;
using System.Linq;
using AutoGrad.GradBench;

// GradBench's tool protocol on stdin/stdout; see README.md.
bool multithreaded = args.Contains("--multithreaded");
var unknown = args.Where(a => a != "--multithreaded").ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"Unknown argument(s): {string.Join(' ', unknown)}. Usage: AutoGrad.GradBench [--multithreaded]");
    return 2;
}
new Tool(multithreaded).Run(Console.In, Console.Out);
return 0;

using System.CommandLine;
using System.Reflection;

namespace QCFramework.Cli.Hosting;

/// <summary>
/// The <c>qcf</c> application: discovers the verbs, parses, runs, and maps every outcome to the
/// exit codes of docs/CONTRACTS.md. Errors become one line on stderr, never a stack trace unless
/// <c>--verbose</c> is given.
/// </summary>
public static class QcfApp
{
    /// <summary>Runs <c>qcf</c> with <paramref name="args"/>, writing to the given streams.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        bool verbose = args.Contains("--verbose");
        var context = new CliContext(output, error, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"qcf: {OneLine(parse.Errors[0].Message)}");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex)
        {
            return Report(ex, error, verbose);
        }
    }

    /// <summary>Maps an exception to its exit code and writes its one-line reason.</summary>
    internal static int Report(Exception ex, TextWriter error, bool verbose)
    {
        var inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
        switch (inner)
        {
            case CheckFailedException check:
                error.WriteLine($"qcf: {OneLine(check.Message)}");
                return ExitCodes.CheckFailed;
            case InputException input:
                error.WriteLine($"qcf: {OneLine(input.Message)}");
                return ExitCodes.BadInput;
            default:
                if (IsInputFault(inner))
                {
                    error.WriteLine($"qcf: {OneLine(inner.Message)}");
                    return ExitCodes.BadInput;
                }

                error.WriteLine($"qcf: internal error: {inner.GetType().Name}: {OneLine(inner.Message)}");
                if (verbose)
                {
                    error.WriteLine(inner.ToString());
                }
                else
                {
                    error.WriteLine("qcf: run again with --verbose for the stack trace.");
                }

                return ExitCodes.InternalError;
        }
    }

    // Reasons are one line: scripts read stderr line by line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool IsInputFault(Exception ex) =>
        ex is FileNotFoundException or DirectoryNotFoundException
        || ex.GetType().Name is "DicomException" or "DicomFormatException";

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "qcf — QCFramework: validation and quality control of CT bone densitometry (QCT) by simulation.");
        root.Options.Add(new Option<bool>("--verbose") { Description = "Show stack traces of internal errors.", Recursive = true });
        var factories = typeof(QcfApp).Assembly.GetTypes()
            .Where(t => typeof(ICommandFactory).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ICommandFactory)Activator.CreateInstance(t)!)
            .Select(f => f.Create(context))
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in factories)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}

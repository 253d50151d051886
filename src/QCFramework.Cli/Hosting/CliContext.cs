using Spectre.Console;

namespace QCFramework.Cli.Hosting;

/// <summary>Where a command writes: standard output, standard error and a Spectre console on stdout.</summary>
public sealed class CliContext
{
    /// <summary>Creates a context over the given writers.</summary>
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no terminal width; keep tables readable in logs and files.
            Console.Profile.Width = 160;
        }
    }

    /// <summary>Standard output (results: tables or JSON).</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error (reasons, warnings, progress).</summary>
    public TextWriter Error { get; }

    /// <summary>True when attached to a terminal, so progress bars may animate.</summary>
    public bool Interactive { get; }

    /// <summary>A Spectre console writing to <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }
}

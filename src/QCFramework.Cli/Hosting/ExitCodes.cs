namespace QCFramework.Cli.Hosting;

/// <summary>Process exit codes, as promised in docs/CONTRACTS.md.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>A check the user asked for failed (a regression, a failed certification).</summary>
    public const int CheckFailed = 1;
    /// <summary>Bad usage or bad input; a one-line reason is on stderr.</summary>
    public const int BadInput = 2;
    /// <summary>An internal error; a short message, the stack trace only with --verbose.</summary>
    public const int InternalError = 3;
}

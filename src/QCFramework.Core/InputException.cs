namespace QCFramework;

/// <summary>
/// Input that is not what was expected: a file, line, field or value a user supplied.
/// The message is one line that names where the problem is and what was expected;
/// the command line turns it into exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception with a one-line, user-facing reason.</summary>
    public InputException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and the underlying cause.</summary>
    public InputException(string message, Exception inner) : base(message, inner) { }
}

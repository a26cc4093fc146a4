namespace Luoshi.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The user's input could not be used (missing file, unreadable encoding, bad option); nothing changed.</summary>
    public const int BadInput = 2;
}

namespace Luoshi.Documents;

/// <summary>Marks the assembly of the office-file features (Excel ledger, report templates, Word notice).</summary>
public static class DocumentsAssembly
{
    /// <summary>The name under which documents say which program made them.</summary>
    public const string Producer = "Luoshi 落实";
}

namespace Luoshi.Storage.Villages.Files;

/// <summary>Reads a register file of either format, told apart by content: an .xlsx is a zip archive ("PK").</summary>
internal static class RegisterFiles
{
    public static (RegisterTable? Table, List<Luoshi.Domain.Wording.Problem> Errors) Read(VillageFile file, IReadOnlyList<RegisterColumn> columns) =>
        file.Content.AsSpan().StartsWith("PK\u0003\u0004"u8) ? XlsxRegister.Read(file, columns) : CsvRegister.Read(file, columns);
}

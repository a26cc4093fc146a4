namespace Luoshi.Domain.Wording;

/// <summary>Every sentence and word the product shows a person, in Chinese and English, grouped by feature (one
/// nested class per feature, one file each: Catalogue.Status.cs, Catalogue.Files.cs…). Outputs never write their
/// own words for what the catalogue has: the command line, the API, pages and office files all take them from here.</summary>
public static partial class Catalogue
{
}

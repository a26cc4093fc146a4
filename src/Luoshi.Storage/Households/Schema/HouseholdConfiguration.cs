using Luoshi.Domain.Households;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>households: number and head's identity number each unique; members as JSON; the state by name, indexed
/// with the village for the warnings, which read only flagged and identified households, and the income by year for
/// the bottom line.</summary>
internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("households");
        builder.HasIndex(h => h.Number).IsUnique();
        builder.HasIndex(h => h.HeadIdNumber).IsUnique();
        // Covering indexes: the warnings and the bottom line read only these columns, so a province's counts never
        // touch the table's rows (two million of them, with their members).
        builder.HasIndex(h => new { h.State, h.VillageCode, h.FlaggedOn });
        builder.HasIndex(h => h.VillageCode);
        builder.HasIndex(h => new { h.IncomeYear, h.Income, h.VillageCode, h.IncomeRecordedOn, h.IdentifiedOn, h.AssistedOn, h.EliminatedOn, h.Number });
        builder.Property(h => h.Members).HasJsonConversion();
        builder.Property(h => h.State).HasConversion<string>();
        builder.Property(h => h.Source).HasConversion<string>();
        builder.Property(h => h.Risks).HasConversion<int>();
        builder.Property(h => h.Income).StoredAsFen();
    }
}

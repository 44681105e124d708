using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Registries;

namespace Qyzmet.RealEstateCadastre.Domain;

/// <summary>
/// The object kinds that set the terms of 000.md para 5 (S1-B/S1-C) and App. 2 row 3 (S2). "Other" objects are
/// split by total area (up to 1000 m² inclusive, D-401) and the first complexity category (rectangular, at most
/// four premises, Order No. 367), which overrides the area rule only.
/// </summary>
public static class ObjectKinds
{
    public const string Apartment = "apartment";
    public const string DormitoryRoom = "dormitory-room";
    public const string PrivateHouse = "private-house";
    public const string PrivateGarage = "private-garage";
    public const string DachaStructure = "dacha-structure";
    public const string OtherUpTo1000 = "other-up-to-1000";
    public const string OtherOver1000 = "other-over-1000";
    public const string FirstComplexity = "first-complexity";

    public static readonly string[] All = [Apartment, DormitoryRoom, PrivateHouse, PrivateGarage, DachaStructure, OtherUpTo1000, OtherOver1000, FirstComplexity];

    /// <summary>Secondary objects (inside a building) get a premises number; the rest are primary (ADR 0011).</summary>
    public static bool IsSecondary(string kind) => kind is Apartment or DormitoryRoom;

    /// <summary>000.md para 5 / App. 1 row 3: issued on the 3rd, 5th, 7th or 10th working day.</summary>
    public static DeadlineRule PassportTerm(string kind) => kind switch
    {
        Apartment or DormitoryRoom => DeadlineRule.WorkingDays(3),
        PrivateHouse or PrivateGarage or DachaStructure or FirstComplexity => DeadlineRule.WorkingDays(5),
        OtherUpTo1000 => DeadlineRule.WorkingDays(7),
        _ => DeadlineRule.WorkingDays(10),
    };

    /// <summary>000.md App. 2 row 3: the duplicate on the 1st, 2nd or 3rd working day (no complexity rule for S2).</summary>
    public static DeadlineRule DuplicateTerm(string kind) => kind switch
    {
        Apartment or DormitoryRoom or PrivateHouse or PrivateGarage or DachaStructure => DeadlineRule.WorkingDays(1),
        OtherOver1000 => DeadlineRule.WorkingDays(3),
        _ => DeadlineRule.WorkingDays(2),
    };

    /// <summary>The kind an "other" object has by its total area (exactly 1000 m² is "up to", 000.md §8).</summary>
    public static string OtherByArea(decimal totalArea) => totalArea <= 1000m ? OtherUpTo1000 : OtherOver1000;

    public static BilingualText Label(string kind) => kind switch
    {
        Apartment => new("Пәтер", "Квартира"),
        DormitoryRoom => new("Жатақханадағы бөлме", "Комната в общежитии"),
        PrivateHouse => new("Жеке тұрғын үй", "Индивидуальный жилой дом"),
        PrivateGarage => new("Жеке гараж", "Индивидуальный гараж"),
        DachaStructure => new("Саяжай құрылысы", "Дачное строение"),
        OtherUpTo1000 => new("Жалпы ауданы 1000 м² дейінгі өзге объект", "Иной объект общей площадью до 1000 м²"),
        OtherOver1000 => new("Жалпы ауданы 1000 м²-ден асатын объект", "Объект общей площадью свыше 1000 м²"),
        _ => new("Бірінші күрделілік санатындағы құрылыс", "Строение первой категории сложности"),
    };
}

/// <summary>Wall materials as codes, printed in both languages (App. 9 "material of walls").</summary>
public static class WallMaterials
{
    public static readonly string[] All = ["brick", "panel", "monolith", "block", "wood", "metal"];

    public static BilingualText Label(string? code) => code switch
    {
        "brick" => new("Кірпіш", "Кирпич"),
        "panel" => new("Темірбетон панель", "Железобетонные панели"),
        "monolith" => new("Монолитті темірбетон", "Монолитный железобетон"),
        "block" => new("Блок", "Блоки"),
        "wood" => new("Ағаш", "Дерево"),
        "metal" => new("Металл", "Металл"),
        _ => BilingualText.Same("—"),
    };
}

/// <summary>
/// A real-estate object in the unified state real-estate cadastre: a primary object (a building or structure on a
/// land plot) or a secondary one (an apartment, premises, a room inside a building), with its technical data.
/// </summary>
public sealed class CadastreObject
{
    public long Id { get; init; }
    public required string CadastralNumber { get; set; }
    public required string LandPlotNumber { get; init; }

    /// <summary>For a secondary object, the building it is in; null for a primary object.</summary>
    public string? ParentNumber { get; set; }

    public required string Kind { get; set; }
    public required string RegionCode { get; init; }
    public required string Settlement { get; set; }
    public required string Street { get; set; }
    public required string BuildingNumber { get; set; }
    public string? PremisesNumber { get; set; }
    public required string PurposeKk { get; set; }
    public required string PurposeRu { get; set; }

    // App. 9: technical characteristics of the main object.
    public decimal TotalArea { get; set; }
    public decimal? LivingArea { get; set; }
    public decimal? BuiltUpArea { get; set; }
    public int FloorsAbove { get; set; }
    public int FloorsBelow { get; set; }
    public int? Floor { get; set; }
    public int RoomCount { get; set; }
    public int? YearBuilt { get; set; }
    public string? WallMaterial { get; set; }
    public decimal? CeilingHeight { get; set; }
    public decimal? LandPlotArea { get; set; }

    /// <summary>Engineering improvements (heating, water, sewerage, gas, electricity), comma-separated codes.</summary>
    public string? Utilities { get; set; }

    public int Version { get; set; }

    public List<ObjectHolder> Holders { get; init; } = [];

    /// <summary>App. 10: service (household) buildings and structures on the plot.</summary>
    public List<ServiceStructure> ServiceStructures { get; init; } = [];

    /// <summary>
    /// The address registration code (РКА) of the object's address in the kernel's address register (issue 14 item 6;
    /// ADR 0026, D-414); null for an object entered without one, which keeps its address as the free text above.
    /// </summary>
    public string? AddressCode { get; set; }

    /// <summary>The register's address for <see cref="AddressCode"/>, resolved by <see cref="CadastreRegistry"/> when read (not stored).</summary>
    public RegisteredAddress? RegisteredAddress { get; set; }

    /// <summary>
    /// The address every page and document of the cadastre prints: the register's rendering when the object has a code
    /// (the same text the real-estate and population areas print, D-356), otherwise the object's own settlement/street text.
    /// </summary>
    public BilingualText Address => RegisteredAddress?.Text ?? new(
        $"{Settlement}, {Street} көшесі, {BuildingNumber}" + (PremisesNumber is null ? "" : $", {PremisesNumber}-пәтер (бөлме)"),
        $"{Settlement}, ул. {Street}, {BuildingNumber}" + (PremisesNumber is null ? "" : $", кв. (пом.) {PremisesNumber}"));
}

/// <summary>A right holder of an object (by IIN or BIN); kept by the rights register, mirrored here for eligibility and notices.</summary>
public sealed class ObjectHolder
{
    public long Id { get; init; }
    public long ObjectId { get; init; }
    public required string HolderId { get; init; }
    public required string HolderName { get; init; }
    public decimal SharePercent { get; init; }
    public DateOnly Since { get; init; }
}

/// <summary>App. 10: one service (household) building or structure (barn, bathhouse, garage, fence…).</summary>
public sealed class ServiceStructure
{
    public long Id { get; init; }
    public long ObjectId { get; init; }
    public required string Letter { get; init; }
    public required string NameKk { get; init; }
    public required string NameRu { get; init; }
    public string? WallMaterial { get; init; }
    public decimal Area { get; init; }
    public decimal? Height { get; init; }
    public int? YearBuilt { get; init; }
}

/// <summary>
/// One material of an object's inventory file (000.md App. 8, para 7 step 9): abrises, plans, inspection records,
/// cost calculations, passports, conclusions, corrections. Filed in chronological order (by <see cref="Id"/>);
/// never edited or deleted (the context and database triggers refuse it). A newer material that replaces an older
/// one names it in <see cref="SupersedesId"/>; the older one stays in the file as cancelled.
/// </summary>
public sealed class InventoryEntry : IAppendOnly
{
    public long Id { get; init; }
    public long ObjectId { get; init; }
    public DateTime FiledAt { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public long? SupersedesId { get; init; }
    public Guid? ApplicationId { get; init; }
    public Guid? DocumentId { get; init; }

    /// <summary>The material's data as JSON (measurements, the passport's snapshot, old and new values…).</summary>
    public required string ContentJson { get; init; }

    /// <summary>A drawing (the abris: SVG or PNG as drawn), when the material is one.</summary>
    public byte[]? Drawing { get; init; }

    public string? DrawingType { get; init; }
    public required string FiledBy { get; init; }
}

public static class InventoryKinds
{
    public const string DataEntry = "data-entry";
    public const string Inspection = "inspection";
    public const string Abris = "abris";
    public const string CostCalculation = "cost-calculation";
    public const string Passport = "passport";
    public const string Conclusion = "conclusion";
    public const string Correction = "correction";
}

/// <summary>000.md para 5: an extension of the term proposed by the provider and agreed by the applicant.</summary>
public sealed class TermExtension
{
    public long Id { get; init; }
    public Guid ApplicationId { get; init; }
    public DateOnly ProposedDueOn { get; init; }
    public required string Reason { get; init; }
    public required string ProposedBy { get; init; }
    public DateTime ProposedAt { get; init; }
    public DateTime? AgreedAt { get; set; }
}

public static class RenamingKinds
{
    public const string Settlement = "settlement";
    public const string Street = "street";
    public const string BuildingNumber = "building-number";
    public const string CadastralNumber = "cadastral-number";

    public static readonly string[] All = [Settlement, Street, BuildingNumber, CadastralNumber];
}

/// <summary>
/// 000.md para 7 (P2): a joint decision of the local representative and executive bodies renaming a settlement or
/// street, renumbering buildings, or changing cadastral numbers. Every affected passport is corrected within one
/// working day, free and without a visit, in batches (<see cref="LastObjectId"/> is the keyset cursor).
/// </summary>
public sealed class RenamingDecision
{
    public long Id { get; init; }
    public required string Number { get; init; }
    public DateOnly DecidedOn { get; init; }
    public required string Authority { get; init; }
    public required string Kind { get; init; }

    /// <summary>The settlement a street rename or building renumbering applies in; the street a building renumbering applies in.</summary>
    public string? Settlement { get; init; }

    public string? Street { get; init; }
    public required string OldValue { get; init; }
    public required string NewValue { get; init; }
    public DateTime LoadedAt { get; init; }
    public required string LoadedBy { get; init; }
    public DateOnly DueOn { get; init; }
    public long LastObjectId { get; set; }
    public int CorrectedCount { get; set; }
    public DateTime? CompletedAt { get; set; }
    public int Version { get; set; }
}

namespace Qyzmet.Kernel.Identifiers;

/// <summary>Sex as encoded in the 7th digit of an IIN (odd: male, even: female).</summary>
public enum Sex
{
    Male,
    Female,
}

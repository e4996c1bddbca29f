package org.councilgraph.model;

/**
 * The areas an ILACS or single inspection framework inspection judges (scheme {@code judgement-area});
 * labels are Ofsted's wording.
 */
public enum JudgementArea implements Codes {
    OVERALL_EFFECTIVENESS("overall-effectiveness", "Overall effectiveness"),
    IMPACT_OF_LEADERS("impact-of-leaders", "The impact of leaders on social work practice with children and families"),
    HELP_AND_PROTECTION("help-and-protection", "The experiences and progress of children who need help and protection"),
    CHILDREN_IN_CARE("children-in-care", "The experiences and progress of children in care"),
    CARE_LEAVERS("care-leavers", "The experiences and progress of care leavers"),
    // the single inspection framework's own areas (help and protection, care leavers and overall
    // effectiveness are shared with ILACS)
    LOOKED_AFTER_AND_PERMANENCE("looked-after-and-permanence", "Children looked after and achieving permanence"),
    ADOPTION_PERFORMANCE("adoption-performance", "Adoption performance"),
    LEADERSHIP_MANAGEMENT_GOVERNANCE("leadership-management-governance", "Leadership, management and governance"),
    LSCB_REVIEW("lscb-review", "The effectiveness of the Local Safeguarding Children Board");

    private final String notation;
    private final String label;

    JudgementArea(String notation, String label) {
        this.notation = notation;
        this.label = label;
    }

    @Override public String notation() { return notation; }
    @Override public String scheme() { return "judgement-area"; }
    public String label() { return label; }
}

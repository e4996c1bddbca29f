package org.councilgraph.model;

/**
 * The areas an ILACS inspection judges (scheme {@code judgement-area}); labels are Ofsted's wording.
 */
public enum JudgementArea implements Codes {
    OVERALL_EFFECTIVENESS("overall-effectiveness", "Overall effectiveness"),
    IMPACT_OF_LEADERS("impact-of-leaders", "The impact of leaders on social work practice with children and families"),
    HELP_AND_PROTECTION("help-and-protection", "The experiences and progress of children who need help and protection"),
    CHILDREN_IN_CARE("children-in-care", "The experiences and progress of children in care"),
    CARE_LEAVERS("care-leavers", "The experiences and progress of care leavers");

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

package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.Intro;
import org.partnershipworkshop.plan.PlanEdit;

/** Section I of the plan: directions of activity, the goal, the main tasks, the priority directions — one per line. */
class IntroDialog extends FormDialog<Intro> {

    private final TextArea directions = area("plan.intro.directions");
    private final TextArea goals = area("plan.intro.goals");
    private final TextArea tasks = area("plan.intro.tasks");
    private final TextArea priorities = area("plan.intro.priorities");

    IntroDialog(PlanView view) {
        super(view.getTranslation("plan.intro.title"), intro -> view.edit(new PlanEdit.SetIntro(intro), "plan.edit.introSaved"));
        addClassName("plan-intro-dialog");
        setWidth("min(52rem, 96vw)");
        Intro intro = view.page().plan().intro();
        directions.setValue(String.join("\n", intro.directions()));
        goals.setValue(String.join("\n", intro.goals()));
        tasks.setValue(String.join("\n", intro.tasks()));
        priorities.setValue(String.join("\n", intro.priorities()));
        add(directions, goals, tasks, priorities);
    }

    private TextArea area(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setHelperText(getTranslation("plan.edit.onePerLine"));
        area.setWidthFull();
        area.setMaxHeight("14rem");
        return area;
    }

    @Override
    protected Intro read() {
        return new Intro(lines(directions.getValue()), lines(goals.getValue()), lines(tasks.getValue()),
                lines(priorities.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("directions", directions, "goals", goals, "tasks", tasks, "priorities", priorities);
    }
}

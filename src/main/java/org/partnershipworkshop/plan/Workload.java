package org.partnershipworkshop.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The staff page: each person's rows by the month they are due, and the rows that go on all year. */
public record Workload(long planId, int year, List<Person> people) {

    /** A person's load: rows by month (their own and «Все методисты» ones), and the ongoing rows. */
    public record Person(StaffMember member, Map<YearMonth, List<DueRow>> byMonth, List<DueRow> ongoing) {

        public int count(YearMonth month) {
            return byMonth.getOrDefault(month, List.of()).size();
        }
    }
}

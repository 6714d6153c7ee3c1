<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>新建听证会…</source>
        <translation>New Hearing…</translation>
    </message>
    <message>
        <source>新建一场空白的听证会</source>
        <translation>Create an empty hearing</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>创建副本…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>复制当前听证会的全部内容，作为一场新的听证会</source>
        <translation>Copy everything of the current hearing into a new hearing</translation>
    </message>
    <message>
        <source>副本</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>删除听证会…</source>
        <translation>Delete Hearing…</translation>
    </message>
    <message>
        <source>从数据库中删除当前听证会（删除前会再次确认）</source>
        <translation>Delete the current hearing from the database (you are asked to confirm)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导入听证会文件…</source>
        <translation>Import Hearing File…</translation>
    </message>
    <message>
        <source>从听证会文件（.json）导入一场听证会</source>
        <translation>Import a hearing from a hearing file (.json)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出听证会文件…</source>
        <translation>Export Hearing File…</translation>
    </message>
    <message>
        <source>把当前听证会的全部内容保存为听证会文件（.json），用于存档或交换</source>
        <translation>Save everything of the current hearing as a hearing file (.json), to archive or exchange it</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>Change log…</translation>
    </message>
    <message>
        <source>这场听证会的修改记录：谁在什么时间改了什么</source>
        <translation>The hearing&apos;s change log: who changed what, and when</translation>
    </message>
    <message>
        <source>借出到笔记本文件…</source>
        <translation>Check Out to a Laptop File…</translation>
    </message>
    <message>
        <source>把当前听证会复制到笔记本上的数据库文件，带到现场离线使用；交回前这里不能修改它</source>
        <translation>Copy this hearing into a database file on a laptop to work offline at the venue; it cannot be changed here until it is checked in</translation>
    </message>
    <message>
        <source>从笔记本文件交回…</source>
        <translation>Check In from a Laptop File…</translation>
    </message>
    <message>
        <source>把笔记本文件中借出的听证会交回这个数据库；期间这里若有改动则报告冲突，不合并</source>
        <translation>Bring the hearings checked out to a laptop file back into this database; a change made here meanwhile is reported as a conflict, never merged</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and Restore…</translation>
    </message>
    <message>
        <source>查看数据库的自动备份，立即备份，或用一份备份恢复数据库</source>
        <translation>See the database&apos;s automatic backups, back up now, or restore the database from a backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>关闭 Hearing Desk</source>
        <translation>Close Hearing Desk</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>撤销上一步修改</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>重做刚才撤销的修改</source>
        <translation>Redo the change just undone</translation>
    </message>
    <message>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>在当前标签页中查找</source>
        <translation>Find in the current tab</translation>
    </message>
    <message>
        <source>在所有听证会中查找…</source>
        <translation>Search All Hearings…</translation>
    </message>
    <message>
        <source>在所有听证会的名称、人员、意见、答复和笔录中查找字词；各听证会的统计</source>
        <translation>Find words in every hearing&apos;s title, people, opinions, answers and transcript; counts across hearings</translation>
    </message>
    <message>
        <source>切换到“{0}”标签页</source>
        <translation>Switch to the “{0}” tab</translation>
    </message>
    <message>
        <source>界面语言（重新启动程序后生效）</source>
        <translation>Interface language (takes effect after a restart)</translation>
    </message>
    <message>
        <source>文书字体…</source>
        <translation>Document Font…</translation>
    </message>
    <message>
        <source>选择 PDF 文书（听证报告、听证笔录）使用的字体文件</source>
        <translation>Choose the font file for the PDF documents (hearing report, transcript)</translation>
    </message>
    <message>
        <source>文书字体恢复默认</source>
        <translation>Default Document Font</translation>
    </message>
    <message>
        <source>按系统已安装的字体自动选择（仿宋、宋体……）</source>
        <translation>Choose automatically from the installed fonts (FangSong, SimSun…)</translation>
    </message>
    <message>
        <source>关于 Hearing Desk</source>
        <translation>About Hearing Desk</translation>
    </message>
    <message>
        <source>版本、数据库位置和日志文件</source>
        <translation>Version, database location and log file</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>本程序使用的 Qt 版本</source>
        <translation>The Qt version this program uses</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <extracomment>actions that need an open hearing</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>语言（重新启动后生效）</source>
        <translation>Language (after a restart)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>步骤</source>
        <extracomment>(row, new title)</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>听证议程</source>
        <translation>Hearing agenda</translation>
    </message>
    <message>
        <source>现场笔录中的每段发言都记下所处的议程步骤。默认顺序依据《重大行政决策程序暂行条例》（国务院令第713号）第十七条。双击内容可修改。</source>
        <translation>Each turn in the live transcript records the agenda step it belongs to. The default order follows Article 17 of the Interim Regulations on Major Administrative Decision-making Procedures (State Council Decree No. 713). Double-click an item to edit it.</translation>
    </message>
    <message>
        <source>新步骤，如“主持人宣布休会”（回车添加到末尾）</source>
        <translation>New step, e.g. “The host announces a recess” (Enter adds it at the end)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>恢复默认议程</source>
        <translation>Restore Default Agenda</translation>
    </message>
    <message>
        <source>按《重大行政决策程序暂行条例》第十七条的顺序，使用本听证会的称谓</source>
        <translation>In the order of Article 17 of the Interim Regulations on Major Administrative Decision-making Procedures, using this hearing’s role names</translation>
    </message>
    <message>
        <source>程序设置</source>
        <translation>Procedure settings</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>每人每次发言时限</source>
        <translation>Time limit per speech</translation>
    </message>
    <message>
        <source>现场笔录的计时器按此变色；常见为 3 或 5 分钟。</source>
        <translation>The live transcript timer changes color based on this; 3 or 5 minutes is common.</translation>
    </message>
    <message>
        <source>应到人数的</source>
        <translation>Share of expected:</translation>
    </message>
    <message>
        <source>到会人数要求</source>
        <translation>Required attendance</translation>
    </message>
    <message>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <source>提前送达听证材料</source>
        <translation>Deliver hearing materials in advance</translation>
    </message>
    <message>
        <source>《重大行政决策程序暂行条例》第十六条：听证会举行 7 日前送达。</source>
        <translation>Article 16 of the Interim Regulations on Major Administrative Decision-making Procedures: deliver 7 days before the hearing.</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>听证报告期限</source>
        <translation>Hearing report deadline</translation>
    </message>
    <message>
        <source>听证会结束后多少个工作日内出具听证报告（各地常见 5、7 或 10 个工作日）。</source>
        <translation>Number of working days after the hearing within which the hearing report is issued (5, 7 or 10 is common locally).</translation>
    </message>
    <message>
        <source>在听证笔录中印出每段发言的时间</source>
        <translation>Print the time of each turn in the transcript</translation>
    </message>
    <message>
        <source>在听证报告中统计各类处理意见的条数（采纳 X 条、部分采纳 Y 条……）</source>
        <translation>Count the decisions in the hearing report (adopted X, partly adopted Y …)</translation>
    </message>
    <message>
        <source>恢复默认设置</source>
        <translation>Restore Default Settings</translation>
    </message>
    <message>
        <source>到会的{0}不少于应到人数的{1}，方可举行；分子填 0 表示不作要求。</source>
        <extracomment>the agenda, the settings, and the role labels the default agenda and the quorum use each setting&apos;s editor and its field of ``ProcedureSettings``; one change per arrow click or finished entry (no keyboard tracking)</extracomment>
        <translation>The hearing may be held only if the {0} present are at least {1} of those expected; a numerator of 0 means no requirement.</translation>
    </message>
    <message>
        <source>不作要求（分子填 0）。如云南等地规定不少于三分之二，填 2 / 3。</source>
        <translation>No requirement (numerator 0). Where at least two thirds are required (e.g. Yunnan), enter 2 / 3.</translation>
    </message>
    <message>
        <source>请先填写新步骤的内容。</source>
        <translation>Enter the text of the new step first.</translation>
    </message>
    <message>
        <source>添加议程步骤</source>
        <translation>Add agenda step</translation>
    </message>
    <message>
        <source>删除议程步骤</source>
        <translation>Delete agenda step</translation>
    </message>
    <message>
        <source>调整议程顺序</source>
        <translation>Reorder agenda</translation>
    </message>
    <message>
        <source>用默认议程（《重大行政决策程序暂行条例》第十七条的顺序）替换现有的 {0} 个步骤？</source>
        <translation>Replace the current {0} steps with the default agenda (in the order of Article 17 of the Interim Regulations on Major Administrative Decision-making Procedures)?</translation>
    </message>
    <message>
        <source>修改议程步骤</source>
        <translation>Edit agenda step</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>答复 {0} 条意见（{1}）</source>
        <translation>Answer {0} opinions ({1})</translation>
    </message>
    <message>
        <source>答复意见（{0}）</source>
        <translation>Answer opinion ({0})</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>笔录中找不到这条意见出处的段落（可能已被删除）。</source>
        <translation>The transcript passage this opinion came from cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>只显示未答复</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <source>搜索……</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Alt+{0}</source>
        <translation>Alt+{0}</translation>
    </message>
    <message>
        <source>处理情况（Alt+1…8）</source>
        <translation>Decision (Alt+1…8)</translation>
    </message>
    <message>
        <source>分析及处理建议</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>保存答复（Ctrl+Enter）</source>
        <translation>Save Answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>↑ 上一条</source>
        <translation>↑ Previous</translation>
    </message>
    <message>
        <source>↓ 下一条</source>
        <translation>↓ Next</translation>
    </message>
    <message>
        <source>双击或按 Ctrl+Alt+数字 插入到光标处</source>
        <translation>Double-click or press Ctrl+Alt+digit to insert at the cursor</translation>
    </message>
    <message>
        <source>编辑常用语…</source>
        <translation>Edit Phrases…</translation>
    </message>
    <message>
        <source>勾选的意见在保存时得到同样的答复</source>
        <translation>Checked opinions get the same answer when you save</translation>
    </message>
    <message>
        <source>Ctrl+Alt+数字或双击，插入到光标处</source>
        <translation>Ctrl+Alt+digit or double-click to insert at the cursor</translation>
    </message>
    <message>
        <source>常用答复语</source>
        <translation>Answer phrases</translation>
    </message>
    <message>
        <source>相同或相近的意见</source>
        <translation>Identical or similar opinions</translation>
    </message>
    <message>
        <source>{0}（{1}，相似 {2}）：{3}</source>
        <translation>{0} ({1}, {2} similar): {3}</translation>
    </message>
    <message>
        <source>按参加人</source>
        <extracomment>bars of the by-article chart before the rest are summed up as 其他条款 what the answering page shows (``Changes`` flags) a decision and an analysis, as the editor holds them an answer being typed was stored and shown here without reloading the hearing (opinion ids) which opinion is being answered (the one place that says it) True while an answer being typed is stored: the tab does not reload for it</extracomment>
        <translation>By participant</translation>
    </message>
    <message>
        <source>相同或相近的意见（{0}）</source>
        <translation>Identical or similar opinions ({0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;分析及处理建议&lt;/b&gt;</source>
        <translation>&lt;b&gt;Analysis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>第 {0} 条意见</source>
        <translation>Opinion {0}</translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation>Opinion or suggestion</translation>
    </message>
    <message>
        <source>依据、理由</source>
        <translation>Basis and reasons</translation>
    </message>
    <message>
        <source>涉及条款（征求意见稿原文）</source>
        <translation>Articles concerned (text of the draft)</translation>
    </message>
    <message>
        <source>征求意见稿中没有这一条</source>
        <translation>The draft has no such article</translation>
    </message>
    <message>
        <source>尚未导入征求意见稿，可在“听证会设置”中导入</source>
        <translation>No draft imported yet; you can import it under “Hearing setup”</translation>
    </message>
    <message>
        <source>笔录原文</source>
        <translation>Transcript text</translation>
    </message>
    <message>
        <source>这条意见没有标注笔录出处。</source>
        <translation>This opinion has no transcript reference.</translation>
    </message>
    <message>
        <source>（程序记录）</source>
        <translation>(procedural note)</translation>
    </message>
    <message>
        <source>按处理情况</source>
        <translation>By decision</translation>
    </message>
    <message>
        <source>按条款（意见条数）</source>
        <translation>By article (number of opinions)</translation>
    </message>
    <message>
        <source>保存答复</source>
        <translation>Save Answer</translation>
    </message>
    <message>
        <source>上一条</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一条</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>插入常用语 {0}</source>
        <translation>Insert phrase {0}</translation>
    </message>
    <message>
        <source>全部意见均已答复。</source>
        <translation>All opinions have been answered.</translation>
    </message>
    <message>
        <source>没有需要答复的意见。</source>
        <translation>No opinions to answer.</translation>
    </message>
    <message>
        <source>“{0}”须写明理由</source>
        <translation>“{0}” requires a reason</translation>
    </message>
    <message>
        <source>● 未保存</source>
        <translation>● Unsaved</translation>
    </message>
    <message>
        <source>● 未保存：须写明理由</source>
        <translation>● Not saved: a reason is required</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>本次答复将同时应用于 {0} 条意见。</source>
        <translation>This answer will be applied to {0} opinions at once.</translation>
    </message>
    <message>
        <source>已自动保存</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <source>未保存：其他意见的不同答复保持不变。</source>
        <translation>Not saved: the other opinions keep their different answers.</translation>
    </message>
    <message>
        <source>已将同一答复应用于 {0} 条意见。</source>
        <translation>The same answer was applied to {0} opinions.</translation>
    </message>
    <message>
        <source>编辑常用答复语</source>
        <translation>Edit Answer Phrases</translation>
    </message>
    <message>
        <source>每行一条常用答复语；前九条可用 Ctrl+Alt+1 … 9 插入到“分析及处理建议”中。</source>
        <translation>One answer phrase per line; Ctrl+Alt+1 … 9 insert the first nine into the analysis.</translation>
    </message>
    <message>
        <source>其他条款</source>
        <translation>Other articles</translation>
    </message>
    <message>
        <source>未涉及具体条款</source>
        <translation>No particular article</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>条</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>章</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>条文</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>签到</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>基本情况 / 工作单位</source>
        <translation>Background / Employer</translation>
    </message>
    <message>
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>未核对</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>单击或按空格键切换“已到 / 未到”</source>
        <translation>Click or press Space to toggle “Present / Not present”</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>查找：序号、姓名或拼音首字母（如 cd），回车即标为已到</source>
        <translation>Find: number, name or pinyin initials (e.g. cd); Enter marks the person present</translation>
    </message>
    <message>
        <source>全部标为已到</source>
        <translation>Mark All Present</translation>
    </message>
    <message>
        <source>全部标为未到</source>
        <translation>Mark All Not Present</translation>
    </message>
    <message>
        <source>把列表中的所有人标为已到，再把没来的人点为未到</source>
        <translation>Mark everyone in the list present, then click those who did not come as not present</translation>
    </message>
    <message>
        <source>签到开始时使用：先全部标为未到，来一位点一位</source>
        <translation>Use when attendance starts: mark everyone not present, then click each person as they arrive</translation>
    </message>
    <message>
        <source>应到 {0} 人&#x3000;&#x3000;实到 {1} 人</source>
        <translation>Expected: {0}    Present: {1}</translation>
    </message>
    <message>
        <source>单击“签到”一栏或按空格键切换已到 / 未到，↑↓ 键移动。应到、实到只计{0}，实到只计已标为“已到”的人；主持人等人员也在此签到，笔录的签名栏据此列出到会人员。改动立即保存，可撤销。笔录锁定前，每个人都须标明已到或未到。</source>
        <extracomment>attendance, the people listed, their labels, and the quorum rule of the settings</extracomment>
        <translation>Click the check-in column or press Space to switch present / absent; ↑↓ move. Expected and present count only the role “{0}”, and present counts only people marked present; the host and other officials check in here too, and the transcript&apos;s signature table lists the people present accordingly. Changes are saved at once and can be undone. Before the transcript is locked, everyone must be marked present or absent.</translation>
    </message>
    <message>
        <source>只计{0}；实到只计已签到的人</source>
        <translation>{0} only; present counts only people checked in</translation>
    </message>
    <message>
        <source>其中 {0} 人尚未核对，不计入实到。</source>
        <translation>{0} of them not checked yet: not counted as present.</translation>
    </message>
    <message>
        <source>未设到会人数要求（可在“议程与程序”中设置）</source>
        <translation>No attendance requirement set (set one under “Agenda and procedure”)</translation>
    </message>
    <message>
        <source>尚未登记{0}</source>
        <translation>No {0} entered yet</translation>
    </message>
    <message>
        <source>到会人数达到应到人数的{0}（至少 {1} 人），符合要求</source>
        <translation>Attendance reaches {0} of those expected (at least {1}): requirement met</translation>
    </message>
    <message>
        <source>签到尚未完成：已到 {0} 人，{1} 人未核对；到会人数须达到应到人数的{2}（至少 {3} 人）</source>
        <translation>Check-in not finished: {0} present, {1} not checked; attendance must reach {2} of those expected (at least {3})</translation>
    </message>
    <message>
        <source>到会人数未达到应到人数的{0}（至少需 {1} 人，还差 {2} 人），不符合要求</source>
        <translation>Attendance is below {0} of those expected (at least {1} needed, {2} short): requirement not met</translation>
    </message>
    <message>
        <source>已到</source>
        <translation>present</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>not present</translation>
    </message>
    <message>
        <source>签到：{0} {1}</source>
        <translation>Attendance: {0} {1}</translation>
    </message>
    <message>
        <source>找到 {0} 人</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>签到：{0} 已到</source>
        <translation>Attendance: {0} present</translation>
    </message>
</context>
<context>
    <name>AudioBar</name>
    <message>
        <source>无法播放录音：{0}</source>
        <extracomment>a WAV file offered as a microphone (machines without a sound card: demos, tests) the recording started or stopped (True: recording or paused)</extracomment>
        <translation>Cannot play the recording: {0}</translation>
    </message>
    <message>
        <source>不录音</source>
        <translation>No recording</translation>
    </message>
    <message>
        <source>测试音频：{0}</source>
        <translation>Test audio: {0}</translation>
    </message>
    <message>
        <source>无法开始录音</source>
        <translation>Cannot start recording</translation>
    </message>
    <message>
        <source>开始录音：{0}</source>
        <translation>Recording started: {0}</translation>
    </message>
    <message>
        <source>无法继续录音</source>
        <translation>Cannot resume recording</translation>
    </message>
    <message>
        <source>录音已停止，正在压缩保存……</source>
        <translation>Recording stopped; compressing and saving…</translation>
    </message>
    <message>
        <source>录音已保存：{0}（{1}）</source>
        <translation>Recording saved: {0} ({1})</translation>
    </message>
    <message>
        <source>录音未能压缩</source>
        <translation>The recording could not be compressed</translation>
    </message>
    <message>
        <source>录音的分段已保存，下次启动时会再试：{0}</source>
        <translation>The recording&apos;s segments are kept; the next start tries again: {0}</translation>
    </message>
    <message>
        <source>压缩录音</source>
        <translation>Compressing the recording</translation>
    </message>
    <message>
        <source>录音出错：{0}</source>
        <translation>Recording error: {0}</translation>
    </message>
    <message>
        <source>{0}  录音中</source>
        <translation>{0}  recording</translation>
    </message>
    <message>
        <source>录音 {0} 的文件不在本机（{1}）。</source>
        <translation>The file of recording {0} is not on this computer ({1}).</translation>
    </message>
    <message>
        <source>这一段没有录音位置（记录时没有录音）。</source>
        <translation>This turn has no place in a recording (nothing was being recorded when it was typed).</translation>
    </message>
    <message>
        <source>补记</source>
        <translation>Add from recording</translation>
    </message>
    <message>
        <source>补记要按录音中的位置插入：请先选择录音并播放到这段发言处。</source>
        <translation>A turn added from the recording goes where it was heard: choose the recording and play it to that turn first.</translation>
    </message>
    <message>
        <source>无法补记</source>
        <translation>Cannot add the turn</translation>
    </message>
    <message>
        <source>已补记为第 {0} 段（录音位置 {1}）</source>
        <translation>Added as turn {0} (recording position {1})</translation>
    </message>
    <message>
        <source>继续</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>● 录音中</source>
        <translation>● Recording</translation>
    </message>
    <message>
        <source>录音已暂停</source>
        <translation>Recording paused</translation>
    </message>
    <message>
        <source>暂停 F10</source>
        <translation>Pause F10</translation>
    </message>
    <message>
        <source>播放 F10</source>
        <translation>Play F10</translation>
    </message>
    <message>
        <source>恢复中断的录音</source>
        <translation>Recovering an interrupted recording</translation>
    </message>
    <message>
        <source>没有打开的听证会。</source>
        <extracomment>(recording id, position in ms, running) of the sound the recorder hears now, or None; running: the sound goes on (recording, playing) – a paused player&apos;s place is exact</extracomment>
        <translation>No hearing is open.</translation>
    </message>
    <message>
        <source>输入框是空的：先边听边输入这段发言，再按 Ctrl+I 补记。</source>
        <translation>The typing box is empty: type the turn while listening, then press Ctrl+I.</translation>
    </message>
    <message>
        <source>这段发言还没有发言人：请先选定发言人（F1 主持人、F5 参加人…），或按 F7 记为程序记录。输入的文字仍在输入框中。</source>
        <translation>This turn has no speaker yet: choose one first (F1 host, F5 participant…) or press F7 for a procedural note. The text stays in the typing box.</translation>
    </message>
    <message>
        <source>数据库暂时无法写入（自动保存仍在重试），请稍后再试。</source>
        <translation>The database cannot be written just now (autosave keeps retrying); please try again shortly.</translation>
    </message>
    <message>
        <source>录音</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>录音用的麦克风；选“不录音”则不录</source>
        <translation>The microphone to record with; &quot;No recording&quot; records nothing</translation>
    </message>
    <message>
        <source>麦克风音量</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>● 开始录音</source>
        <translation>● Record</translation>
    </message>
    <message>
        <source>开始录音（录音与每段发言的位置相连）</source>
        <translation>Start recording (every turn is linked to its place in the recording)</translation>
    </message>
    <message>
        <source>暂停录音；再按继续</source>
        <translation>Pause recording; press again to resume</translation>
    </message>
    <message>
        <source>■ 停止</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>停止录音并压缩保存（FLAC）</source>
        <translation>Stop recording, compress and save (FLAC)</translation>
    </message>
    <message>
        <source>已录时长</source>
        <translation>Recorded so far</translation>
    </message>
    <message>
        <source>听音</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>要听的录音</source>
        <translation>The recording to listen to</translation>
    </message>
    <message>
        <source>▶ 本段 F9</source>
        <translation>▶ Turn F9</translation>
    </message>
    <message>
        <source>从当前一段的开头播放这一段（F9）</source>
        <translation>Play the current turn from its start (F9)</translation>
    </message>
    <message>
        <source>播放/暂停 F10</source>
        <translation>Play/pause F10</translation>
    </message>
    <message>
        <source>播放或暂停；继续播放时先退回几秒（F10）</source>
        <translation>Play or pause; resuming goes back a few seconds (F10)</translation>
    </message>
    <message>
        <source>−10秒 F11</source>
        <translation>−10 s F11</translation>
    </message>
    <message>
        <source>后退 10 秒（F11）</source>
        <translation>Back 10 seconds (F11)</translation>
    </message>
    <message>
        <source>+10秒 F12</source>
        <translation>+10 s F12</translation>
    </message>
    <message>
        <source>前进 10 秒（F12）</source>
        <translation>Forward 10 seconds (F12)</translation>
    </message>
    <message>
        <source>播放速度（Shift+F11 慢一档，Shift+F12 快一档）</source>
        <translation>Playback speed (Shift+F11 slower, Shift+F12 faster)</translation>
    </message>
    <message>
        <source>播放位置</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <source>补记到此处 Ctrl+I</source>
        <translation>Insert here Ctrl+I</translation>
    </message>
    <message>
        <source>把输入框中的发言按录音中的位置插入笔录（Ctrl+I）</source>
        <translation>Insert the typed turn into the transcript where it was heard in the recording (Ctrl+I)</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>打字延迟、继续播放时退回的秒数</source>
        <translation>Typing lag, and how far resuming goes back</translation>
    </message>
</context>
<context>
    <name>AudioOptions</name>
    <message>
        <source>录音与听音设置</source>
        <translation>Recording and listening settings</translation>
    </message>
    <message>
        <source> 毫秒</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>打字延迟：</source>
        <translation>Typing lag:</translation>
    </message>
    <message>
        <source>一段发言在录音中的开始位置 = 按发言人键或输入第一个字的时刻减去打字延迟。</source>
        <translation>A turn starts in the recording at its speaker key or first key, less the typing lag.</translation>
    </message>
    <message>
        <source>继续播放时退回：</source>
        <translation>Resume goes back:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>数据库 {0} 的备份：打开时、编辑期间每隔几分钟、关闭时各自动备份一次（SQLite 在线备份，完整一致）。恢复时，当前的内容先备份为“恢复前”，随时可以再恢复回来。</source>
        <translation>Backups of the database {0}: made automatically on opening, every few minutes while you edit, and on closing (SQLite online backup, complete and consistent). Restoring first backs up the current content as &quot;before restore&quot;, so it can always be restored again.</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> backups</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>编辑期间每隔</source>
        <translation>While editing, every</translation>
    </message>
    <message>
        <source>保留最近</source>
        <translation>Keep the newest</translation>
    </message>
    <message>
        <source>另保留每天一份，共</source>
        <translation>plus one a day for</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore Selected Backup…</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from File…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open Backup Folder</translation>
    </message>
    <message>
        <source>服务器数据库请用其自带的备份工具（如 pg_dump）。</source>
        <translation>Back up a server database with its own tools (such as pg_dump).</translation>
    </message>
    <message>
        <source>共 {0} 份备份，保存在 {1}</source>
        <translation>{0} backups, kept in {1}</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>检查备份</source>
        <translation>Checking backups</translation>
    </message>
    <message>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a Backup File</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3 *.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot Restore</translation>
    </message>
    <message>
        <source>已用 {0} 的备份恢复数据库；恢复前的内容已备份。</source>
        <translation>The database was restored from the backup of {0}; the content before the restore was backed up.</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已用 {0} 的备份恢复数据库。
恢复前的内容已备份为：{1}</source>
        <translation>The database was restored from the backup of {0}.
What it held before was backed up as: {1}</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>听证会</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>笔录段数</source>
        <translation>Turns</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>无法使用</source>
        <translation>unusable</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>未能备份数据库：{0}</source>
        <translation>Could not back up the database: {0}</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Backing up the database</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>BasicPage</name>
    <message>
        <source>听证会</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>例如：《××市××管理办法（征求意见稿）》听证会</source>
        <translation>e.g. Hearing on the Draft Regulations of … City</translation>
    </message>
    <message>
        <source>例如：《××市××管理办法（征求意见稿）》</source>
        <translation>e.g. Draft Regulations of … City</translation>
    </message>
    <message>
        <source>听证事项</source>
        <translation>Subject of the hearing</translation>
    </message>
    <message>
        <source>组织听证的行政机关</source>
        <translation>The administrative body organizing the hearing</translation>
    </message>
    <message>
        <source>听证组织机关</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>例如：为促进科学、民主、依法决策……</source>
        <translation>e.g. To promote scientific, democratic and law-based decision-making…</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>每行一项，例如：
《重大行政决策程序暂行条例》</source>
        <translation>One per line, e.g.:
Interim Regulations on Major Administrative Decision-making Procedures</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>每行一项，按报告中的顺序排列。</source>
        <translation>One per line, in the order used in the report.</translation>
    </message>
    <message>
        <source>时间和地点</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End</translation>
    </message>
    <message>
        <source>例如：××区公共服务平台103会议室</source>
        <translation>e.g. Meeting Room 103, … District Public Service Center</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>听证会名称 &lt;span style=&quot;color:#c5221f&quot;&gt;*&lt;/span&gt;</source>
        <translation>Hearing name &lt;span style=&quot;color:#c5221f&quot;&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>筹备过程（发布公告、公布名单、送达材料等）</source>
        <translation>Preparation (announcement, list of participants, delivery of materials, etc.)</translation>
    </message>
    <message>
        <source>新事项，如：发布听证会公告（回车添加）</source>
        <translation>New item, e.g. Hearing announcement published (Enter adds it)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete Selected</translation>
    </message>
    <message>
        <source>听证报告</source>
        <translation>Hearing report</translation>
    </message>
    <message>
        <source>落款单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date of report</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>每行一项；不填则为默认的“听证意见汇总表”“听证笔录”。</source>
        <translation>One per line; if left empty, the defaults “Opinion summary table” and “Transcript”.</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>一般为听证组织机关</source>
        <extracomment>the fields typed in a line or text box: stored as they are typed the dates: stored when one is changed hearing-level fields, and the settings the deadline hints count with the text fields, stored as they are typed (``ui/autosave.py``) the date fields</extracomment>
        <translation>Usually the organizer</translation>
    </message>
    <message>
        <source>听证材料应于 {0} 前送达{1}（提前 {2} 日，《重大行政决策程序暂行条例》第十六条）。</source>
        <translation>Hearing materials must reach each {1} by {0} ({2} days in advance, Article 16 of the Interim Regulations on Major Administrative Decision-making Procedures).</translation>
    </message>
    <message>
        <source>填写开始时间后，这里会提示送达听证材料的最后日期。</source>
        <translation>Once the start time is filled in, the last day for delivering the hearing materials is shown here.</translation>
    </message>
    <message>
        <source>应在听证会后 {0} 个工作日内完成，即 {1} 前（未计法定节假日）。</source>
        <translation>Due within {0} working days after the hearing, i.e. by {1} (public holidays not counted).</translation>
    </message>
    <message>
        <source>成文日期已超过期限。</source>
        <translation>The report date is past the deadline.</translation>
    </message>
    <message>
        <source>填写听证会时间后，这里会提示报告的完成期限。</source>
        <translation>Once the hearing time is filled in, the report deadline is shown here.</translation>
    </message>
    <message>
        <source>请先填写筹备事项，例如“发布听证会公告”。</source>
        <translation>Enter a preparation item first, e.g. “Hearing announcement published”.</translation>
    </message>
    <message>
        <source>请先在表格中选择要删除的筹备事项。</source>
        <translation>Select the preparation items to delete in the table first.</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>第 {0} 次后</source>
        <translation>after lock {0}</translation>
    </message>
    <message>
        <source>（新增）</source>
        <translation>(added)</translation>
    </message>
    <message>
        <source>（删除）</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>重新检查</source>
        <translation>Check Again</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>在哪里修改</source>
        <translation>Where to fix</translation>
    </message>
    <message>
        <source>双击一行（或选中后按回车）即转到需要修改的地方。检查依据“听证会设置”中的程序设置：出席人数比例、材料送达天数、报告期限（工作日）。</source>
        <translation>Double-click a row (or select it and press Enter) to go where it needs fixing. The checks use the procedure settings under “Hearing setup”: attendance ratio, days for delivering materials, report deadline (working days).</translation>
    </message>
    <message>
        <source>听证报告期限：{0}（听证会后 {1} 个工作日，不计周末）</source>
        <extracomment>the number of problems after each refresh</extracomment>
        <translation>Hearing report deadline: {0} ({1} working days after the hearing, weekends excluded)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b;font-size:14pt&apos;&gt;✔ 未发现程序问题&lt;/span&gt;&#x3000;意见均已答复，签字、出席人数、材料送达和报告期限均符合设置。</source>
        <translation>&lt;span style=&apos;color:#1b7f3b;font-size:14pt&apos;&gt;✔ No procedural problems found&lt;/span&gt;&#x3000;All opinions are answered; signatures, attendance, delivery of materials and the report deadline meet the settings.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e;font-size:14pt&apos;&gt;发现 {0} 个问题&lt;/span&gt;&#x3000;请逐项处理：</source>
        <translation>&lt;span style=&apos;color:#b3261e;font-size:14pt&apos;&gt;{0} problems found&lt;/span&gt;&#x3000;Please deal with each one:</translation>
    </message>
    <message>
        <source>听证会设置</source>
        <translation>Hearing setup</translation>
    </message>
    <message>
        <source>现场笔录</source>
        <translation>Live transcript</translation>
    </message>
    <message>
        <source>意见登记</source>
        <translation>Opinion register</translation>
    </message>
    <message>
        <source>意见处理</source>
        <translation>Responses</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>无法{0}“{1}”：{2}</source>
        <translation>Could not {0} “{1}”: {2}</translation>
    </message>
</context>
<context>
    <name>ConfirmRestore</name>
    <message>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>用这份备份恢复数据库？
{0}</source>
        <translation>Restore the database from this backup?
{0}</translation>
    </message>
    <message>
        <source>数据库中 {0} 之后的修改将被替换。当前的内容会先备份为“恢复前”，需要时可以再恢复回来。</source>
        <translation>Changes made in the database after {0} will be replaced. The current content is first backed up as &quot;before restore&quot; and can be restored again when needed.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <source>最近的完好备份：{0}。
{1} 之后的修改不在这份备份中。恢复时，原来的文件改名保留在原处，不会删除。</source>
        <translation>The newest good backup: {0}.
Changes made after {1} are not in it. When restoring, the original file is renamed and kept where it is, never deleted.</translation>
    </message>
    <message>
        <source>恢复这份备份</source>
        <translation>Restore This Backup</translation>
    </message>
    <message>
        <source>没有找到这个数据库的备份。可以打开其他数据库文件。</source>
        <translation>No backup of this database was found. You can open another database file.</translation>
    </message>
    <message>
        <source>打开其他文件…</source>
        <translation>Open Another File…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>打开数据库文件</source>
        <translation>Open a Database File</translation>
    </message>
    <message>
        <source>Hearing Desk 数据库 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</source>
        <translation>Hearing Desk databases (*.sqlite3 *.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot Restore</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已用 {0} 的备份恢复数据库 {1}。
原来的文件已改名保留为：{2}</source>
        <translation>Database {1} was restored from the backup of {0}.
The original file was renamed and kept as: {2}</translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>在上方选中一个问题后在这里修改，或点“新增”后在这里输入；随输随存。</source>
        <translation>Select a question above and edit it here, or click “Add” and type it here; it is saved as you type.</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关联所选意见</source>
        <translation>Link Selected Opinions</translation>
    </message>
    <message>
        <source>把登记表中选中的意见关联到这个争论问题</source>
        <translation>Link the opinions selected in the register to this disputed question</translation>
    </message>
    <message>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>取消下方选中的意见与这个争论问题的关联</source>
        <translation>Unlink the opinions selected below from this disputed question</translation>
    </message>
    <message>
        <source>&lt;b&gt;争论的主要问题&lt;/b&gt;</source>
        <translation>&lt;b&gt;Disputed questions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>关联的意见：</source>
        <translation>Linked opinions:</translation>
    </message>
    <message>
        <source>（关联 {0} 条意见）</source>
        <extracomment>an opinion id the user clicked among the linked opinions</extracomment>
        <translation>({0} linked opinions)</translation>
    </message>
    <message>
        <source>（尚未关联意见）</source>
        <translation>(no linked opinions yet)</translation>
    </message>
    <message>
        <source>{0}.（新问题，在下方输入）</source>
        <translation>{0}. (new question: type it below)</translation>
    </message>
    <message>
        <source>单击在登记表中选中这条意见</source>
        <translation>Click to select this opinion in the register</translation>
    </message>
    <message>
        <source>无法保存争论的主要问题</source>
        <translation>Cannot save the disputed question</translation>
    </message>
    <message>
        <source>争论的主要问题不能为空；如要去掉这个问题，请点“删除”。</source>
        <translation>A disputed question cannot be empty; to remove it, click “Delete”.</translation>
    </message>
    <message>
        <source>新增争论的主要问题</source>
        <translation>New disputed question</translation>
    </message>
    <message>
        <source>修改争论的主要问题</source>
        <translation>Edit disputed question</translation>
    </message>
    <message>
        <source>删除争论的主要问题</source>
        <translation>Delete disputed question</translation>
    </message>
    <message>
        <source>关联意见</source>
        <translation>Link opinions</translation>
    </message>
    <message>
        <source>请先在上方登记表中选中要关联的意见。</source>
        <translation>Select the opinions to link in the register above first.</translation>
    </message>
    <message>
        <source>关联意见与争论问题</source>
        <translation>Link opinions to disputed question</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>导入征求意见稿（.txt / .docx）…</source>
        <translation>Import Draft (.txt / .docx)…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>如：光明区公共数据授权运营暂行管理办法（征求意见稿）</source>
        <translation>e.g. Interim Measures of Guangming District for the Authorized Operation of Public Data (Draft)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>导入听证事项的文本（征求意见稿），程序按“第X章”“第X条”拆分条文。登记意见时可以关联到条文，笔录中提到的“第二十三条”也会自动识别。</source>
        <translation>Import the text of the subject of the hearing (the draft); it is split into articles at “第X章” (Chapter X) and “第X条” (Article X). Opinions can be linked to articles, and references such as “第二十三条” (Article 23) in the transcript are recognized automatically.</translation>
    </message>
    <message>
        <source>尚未导入征求意见稿。</source>
        <translation>No draft imported yet.</translation>
    </message>
    <message>
        <source>共 {0} 条{1}</source>
        <translation>{0} articles{1}</translation>
    </message>
    <message>
        <source>，分 {0} 章</source>
        <translation> in {0} chapters</translation>
    </message>
    <message>
        <source>读取征求意见稿</source>
        <translation>Reading the draft</translation>
    </message>
    <message>
        <source>正在读取征求意见稿……</source>
        <translation>Reading the draft…</translation>
    </message>
    <message>
        <source>用新文件中的 {0} 条替换现有的 {1} 条征求意见稿条文？</source>
        <translation>Replace the {1} current articles of the draft with the {0} articles of the new file?</translation>
    </message>
    <message>
        <source>导入征求意见稿</source>
        <translation>Import draft</translation>
    </message>
    <message>
        <source>已导入征求意见稿：{0} 条。</source>
        <translation>Draft imported: {0} articles.</translation>
    </message>
    <message>
        <source>清除已导入的征求意见稿？可用“撤销”恢复。</source>
        <translation>Clear the imported draft? You can restore it with “Undo”.</translation>
    </message>
    <message>
        <source>清除征求意见稿</source>
        <translation>Clear draft</translation>
    </message>
    <message>
        <source>选择征求意见稿</source>
        <translation>Choose Draft</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <source>听证会信息</source>
        <translation>Hearing details</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>笔录</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>锁定与签字</source>
        <translation>Lock and signatures</translation>
    </message>
    <message>
        <source>录音</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>编辑租约</source>
        <translation>Editing lease</translation>
    </message>
    <message>
        <source>修改记录 — {0}</source>
        <translation>Change log — {0}</translation>
    </message>
    <message>
        <source>“{0}”共有 {1} 条修改记录，来自 {2} 位修改人；最新的在最上面。</source>
        <translation>“{0}” has {1} changes by {2} people; the newest is at the top.</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>ExternalChangeBar</name>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>另一个程序删除了正在打开的这场听证会。窗口中的内容已不在数据库中，修改将无法保存。</source>
        <translation>Another program deleted the hearing open here. What the window shows is no longer in the database; changes cannot be saved.</translation>
    </message>
    <message>
        <source>打开其他听证会</source>
        <translation>Open another hearing</translation>
    </message>
    <message>
        <source>另一个程序修改了这场听证会，窗口中显示的可能不是最新内容。</source>
        <translation>Another program changed this hearing; the window may not show its latest state.</translation>
    </message>
</context>
<context>
    <name>GroupingProxy</name>
    <message>
        <source>{0}&#x3000;—&#x3000;{1} 条，已答复 {2} 条</source>
        <extracomment>opinions shown whatever the filters (the ones being answered: an answer typed into 未答复 must not make its row vanish under the typing)</extracomment>
        <translation>{0} — {1}, {2} answered</translation>
    </message>
</context>
<context>
    <name>HearingListModel</name>
    <message>
        <source>听证会</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>HearingListPanel</name>
    <message>
        <source>按名称筛选，回车查全部</source>
        <translation>Filter by title; Enter searches all</translation>
    </message>
    <message>
        <source>听证会列表</source>
        <translation>Hearing list</translation>
    </message>
</context>
<context>
    <name>HearingOperations</name>
    <message>
        <source>新建听证会</source>
        <translation>New Hearing</translation>
    </message>
    <message>
        <source>听证会名称（可以以后在“听证会设置”中修改）：</source>
        <translation>Name of the hearing (you can change it later under “Hearing setup”):</translation>
    </message>
    <message>
        <source>无法新建听证会</source>
        <translation>Cannot create the hearing</translation>
    </message>
    <message>
        <source>已新建听证会“{0}”。</source>
        <translation>Hearing “{0}” created.</translation>
    </message>
    <message>
        <source>创建副本</source>
        <translation>Duplicate Hearing</translation>
    </message>
    <message>
        <source>复制“{0}”的全部内容（人员、笔录、意见和处理情况）。副本的名称：</source>
        <translation>Copy everything of “{0}” (people, transcript, opinions and responses). Name of the copy:</translation>
    </message>
    <message>
        <source>{0}（副本）</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <source>无法创建副本</source>
        <translation>Cannot duplicate the hearing</translation>
    </message>
    <message>
        <source>已创建副本“{0}”。</source>
        <translation>Copy “{0}” created.</translation>
    </message>
    <message>
        <source>笔录 {0} 段、意见 {1} 条、人员和全部设置都会从数据库中删除，删除后无法恢复。</source>
        <translation>Its {0} transcript turns, {1} opinions, people and all settings are removed from the database and cannot be restored.</translation>
    </message>
    <message>
        <source>删除听证会</source>
        <translation>Delete Hearing</translation>
    </message>
    <message>
        <source>确定要删除听证会“{0}”吗？</source>
        <translation>Delete the hearing “{0}”?</translation>
    </message>
    <message>
        <source>如需保留，请先用“文件 → 导出听证会文件”存档。</source>
        <translation>To keep a copy, archive it first with “File → Export Hearing File”.</translation>
    </message>
    <message>
        <source>无法删除听证会</source>
        <translation>Cannot delete the hearing</translation>
    </message>
    <message>
        <source>已删除听证会“{0}”。</source>
        <translation>Hearing “{0}” deleted.</translation>
    </message>
    <message>
        <source>正在导入 {0}……</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <source>已导入 {0}。</source>
        <translation>{0} imported.</translation>
    </message>
    <message>
        <source>听证会文件已导入</source>
        <translation>Hearing file imported</translation>
    </message>
    <message>
        <source>未能导入 {0}。</source>
        <translation>{0} was not imported.</translation>
    </message>
    <message>
        <source>无法导入听证会文件</source>
        <translation>Cannot import the hearing file</translation>
    </message>
    <message>
        <source>导入听证会文件</source>
        <translation>Import hearing file</translation>
    </message>
    <message>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>听证会文件已导出</source>
        <translation>Hearing file exported</translation>
    </message>
    <message>
        <source>无法导出听证会文件</source>
        <translation>Cannot export the hearing file</translation>
    </message>
    <message>
        <source>无法写入 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>导出听证会文件</source>
        <translation>Export hearing file</translation>
    </message>
    <message>
        <source>已借出“{0}”到 {1}；交回前这里不能修改它。</source>
        <translation>Checked out “{0}” to {1}; it cannot be changed here until it is checked in.</translation>
    </message>
    <message>
        <source>无法借出</source>
        <translation>Cannot check out</translation>
    </message>
    <message>
        <source>借出到笔记本文件</source>
        <translation>Check out to a laptop file</translation>
    </message>
    <message>
        <source>已交回 {0} 场听证会。</source>
        <translation>Checked in {0} hearing(s).</translation>
    </message>
    <message>
        <source>无法交回</source>
        <translation>Cannot check in</translation>
    </message>
    <message>
        <source>从笔记本文件交回</source>
        <translation>Check in from a laptop file</translation>
    </message>
</context>
<context>
    <name>KeyMapPanel</name>
    <message>
        <source>发言人（一键选定）</source>
        <translation>Speakers (one key each)</translation>
    </message>
    <message>
        <source>参加人…&#x3000;序号/拼音首字母</source>
        <translation>Participant…  number/pinyin initials</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>记入笔录</source>
        <translation>Add to transcript</translation>
    </message>
    <message>
        <source>换行（同一段内）</source>
        <translation>New line (same turn)</translation>
    </message>
    <message>
        <source>程序记录…&#x3000;休会、复会等</source>
        <translation>Procedural note…  recess, resume, etc.</translation>
    </message>
    <message>
        <source>下一项议程（Shift+F8 上一项）</source>
        <translation>Next agenda step (Shift+F8 previous)</translation>
    </message>
    <message>
        <source>重新计时</source>
        <translation>Restart timer</translation>
    </message>
    <message>
        <source>已记录的发言</source>
        <translation>Recorded turns</translation>
    </message>
    <message>
        <source>选择上一段 / 下一段</source>
        <translation>Select previous / next turn</translation>
    </message>
    <message>
        <source>修改选中的一段</source>
        <translation>Edit selected turn</translation>
    </message>
    <message>
        <source>选中的一段或文字标为意见</source>
        <translation>Mark selected turn or text as opinion</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>撤销上一步（输入或修改）</source>
        <translation>Undo the last step (typing or a change)</translation>
    </message>
    <message>
        <source>常用语（Alt+数字 插入）</source>
        <translation>Phrases (Alt+digit inserts)</translation>
    </message>
    <message>
        <source>（没有常用语，点“常用语…”添加）</source>
        <translation>(No phrases; add some with “Phrases…”)</translation>
    </message>
</context>
<context>
    <name>LeaseBanner</name>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>对方的编辑租约到期后，由本窗口接管编辑</source>
        <translation>Take over editing in this window once the other window&apos;s editing lease has run out</translation>
    </message>
    <message>
        <source>接管编辑</source>
        <translation>Take over editing</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>Change log…</translation>
    </message>
</context>
<context>
    <name>LeaseKeeper</name>
    <message>
        <source>已接管这场听证会的编辑；窗口中的内容已重新载入。</source>
        <extracomment>the lease as last seen (an EditLease) whenever it was asked how often a read-only window looks whether the editing window changed the hearing</extracomment>
        <translation>This window now edits the hearing; its contents were reloaded.</translation>
    </message>
    <message>
        <source>这场听证会正由 {0}（{1}）编辑（自 {2} 起），本窗口只能查看，修改不会保存。对方关闭这场听证会或其编辑租约到期（{3}）后，本窗口将自动接管编辑。</source>
        <translation>This hearing is being edited by {0} ({1}) since {2}: this window can only show it, and changes are not saved. When they close the hearing or their editing lease runs out ({3}), this window takes over editing by itself.</translation>
    </message>
    <message>
        <source>这场听证会正由 {0} 编辑，本窗口只读。</source>
        <translation>This hearing is being edited by {0}; this window is read-only.</translation>
    </message>
</context>
<context>
    <name>LockKeeper</name>
    <message>
        <source>锁定笔录</source>
        <translation>Lock Transcript</translation>
    </message>
    <message>
        <source>笔录还是空的，没有可以锁定的内容。</source>
        <translation>The transcript is empty: there is nothing to lock.</translation>
    </message>
    <message>
        <source>

这是第 {0} 次锁定：此前登记的签字属于旧版本，须就新版本重新签字。</source>
        <translation>

This is lock {0}: signatures recorded before belong to the old version; everyone signs the new version again.</translation>
    </message>
    <message>
        <source>锁定后笔录内容固定，并生成指纹印在每一页上，供签字人核对。
锁定后如需修改，必须先解锁，每一处修改都会被记录。

现在锁定笔录吗？</source>
        <translation>Locking fixes the transcript content and prints a fingerprint on every page for the signatories to check.
To change it after locking you must unlock it first, and every change is logged.

Lock the transcript now?</translation>
    </message>
    <message>
        <source>无法锁定笔录</source>
        <translation>Cannot lock the transcript</translation>
    </message>
    <message>
        <source>

已有 {0} 人就这一版本（第 {1} 次锁定，指纹 {2}）签字、拒签或登记离场。解锁后这些签字属于旧版本，不再计为已签字：修改后须重新锁定、重新打印，请每个人就新版本重新签字。</source>
        <translation>

{0} people have signed, refused or been recorded as gone for this version (lock {1}, fingerprint {2}). After unlocking these signatures belong to the old version and no longer count as signed: after the changes, lock again, print again and have everyone sign the new version.</translation>
    </message>
    <message>
        <source>解锁笔录</source>
        <translation>Unlock Transcript</translation>
    </message>
    <message>
        <source>笔录已锁定待签字。要解锁并修改吗？
解锁后的每一处修改（时间、修改前、修改后）都会被记录，并列入笔录的附录。</source>
        <translation>The transcript is locked for signing. Unlock it to make changes?
Every change after unlocking (time, before, after) is logged and listed in the transcript&apos;s annex.</translation>
    </message>
    <message>
        <source>无法解锁</source>
        <translation>Cannot unlock</translation>
    </message>
    <message>
        <source>笔录已解锁；{0} 人的签字属于第 {1} 次锁定的旧版本</source>
        <translation>Transcript unlocked; {0} signatures belong to the old version of lock {1}</translation>
    </message>
    <message>
        <source>更正签到</source>
        <translation>Correct check-in</translation>
    </message>
    <message>
        <source>{0}在签到中记为未到。
如其实际到会，请更正为已到：笔录表头的实到人数、出席情况和签名栏随之改变。

把{0}更正为已到吗？</source>
        <translation>{0} is marked absent at check-in.
If they are in fact here, correct it to present: the transcript&apos;s head count, attendance and signature table change with it.

Mark {0} present?</translation>
    </message>
    <message>
        <source>更正签到：{0} 已到</source>
        <translation>Correct check-in: {0} present</translation>
    </message>
    <message>
        <source>无法更正签到</source>
        <translation>Cannot correct the check-in</translation>
    </message>
    <message>
        <source>已更正签到：{0} 已到</source>
        <translation>Check-in corrected: {0} present</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>听证会设置</source>
        <translation>Hearing setup</translation>
    </message>
    <message>
        <source>现场笔录</source>
        <translation>Live transcript</translation>
    </message>
    <message>
        <source>意见登记</source>
        <translation>Opinion register</translation>
    </message>
    <message>
        <source>意见处理</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>听证会</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>显示听证会列表</source>
        <translation>Show Hearing List</translation>
    </message>
    <message>
        <source>显示或隐藏左侧的听证会列表</source>
        <translation>Show or hide the hearing list on the left</translation>
    </message>
    <message>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>所有修改即时存入数据库 {0}</source>
        <translation>Every change is stored at once in the database {0}</translation>
    </message>
    <message>
        <source>还没有打开听证会。
请在左侧列表中选择一场，或者新建、导入一场听证会。</source>
        <translation>No hearing is open.
Choose one in the list on the left, or create or import a hearing.</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>数据库中没有编号为 {0} 的听证会。</source>
        <translation>The database has no hearing with number {0}.</translation>
    </message>
    <message>
        <source>这场听证会已借出（{0}），交回（checkin）之前在档案库中不能修改。</source>
        <translation>This hearing is checked out ({0}); it cannot be changed in the archive until it is checked in.</translation>
    </message>
    <message>
        <source>{0}（只读）[*] — Hearing Desk 听证会记录</source>
        <translation>{0} (read-only)[*] — Hearing Desk</translation>
    </message>
    <message>
        <source>{0}[*] — Hearing Desk 听证会记录</source>
        <translation>{0}[*] — Hearing Desk</translation>
    </message>
    <message>
        <source>Hearing Desk 听证会记录[*]</source>
        <translation>Hearing Desk[*]</translation>
    </message>
    <message>
        <source>选择文书字体</source>
        <translation>Choose Document Font</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
    <message>
        <source>文书字体</source>
        <translation>Document Font</translation>
    </message>
    <message>
        <source>不能使用这个字体：{0}
请选择含中文字符的 TrueType 字体（.ttf 或 .ttc），如仿宋、宋体。</source>
        <translation>This font cannot be used: {0}
Please choose a TrueType font (.ttf or .ttc) with Chinese characters, such as FangSong or SimSun.</translation>
    </message>
    <message>
        <source>文书字体：{0}（下次导出或预览时生效）</source>
        <translation>Document font: {0} (used from the next export or preview)</translation>
    </message>
    <message>
        <source>文书字体：按系统已安装的字体自动选择</source>
        <translation>Document font: chosen automatically from the installed fonts</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>“{0}”中有内容未能存入数据库 {1}（数据库可能被占用或无法写入）。详细情况已写入日志。</source>
        <translation>Some content of “{0}” could not be stored in the database {1} (it may be in use or not writable). Details are in the log.</translation>
    </message>
    <message>
        <source>正在等待后台工作完成……</source>
        <translation>Waiting for background work to finish…</translation>
    </message>
</context>
<context>
    <name>MergeDecisionDialog</name>
    <message>
        <source>合并意见</source>
        <translation>Merge opinions</translation>
    </message>
    <message>
        <source>两条意见的处理意见不同，合并后的意见采用哪一个？</source>
        <translation>The two opinions have different decisions. Which one does the merged opinion keep?</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>日期</source>
        <extracomment>(row, &quot;date&quot; or &quot;event&quot;, new value)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>移至其他参加人</source>
        <translation>Move to Another Participant</translation>
    </message>
    <message>
        <source>把所选意见移到哪一位听证参加人名下？（编号排在其最后）</source>
        <translation>Which participant should the selected opinions be moved to? (They are numbered after that participant’s last opinion.)</translation>
    </message>
</context>
<context>
    <name>OpinionCommand</name>
    <message>
        <source>新增意见</source>
        <translation>Add opinion</translation>
    </message>
    <message>
        <source>修改意见</source>
        <translation>Edit opinion</translation>
    </message>
    <message>
        <source>删除 {0} 条意见</source>
        <translation>Delete {0} opinions</translation>
    </message>
    <message>
        <source>删除意见</source>
        <translation>Delete opinion</translation>
    </message>
    <message>
        <source>合并意见</source>
        <translation>Merge opinions</translation>
    </message>
    <message>
        <source>拆分意见</source>
        <translation>Split opinion</translation>
    </message>
    <message>
        <source>移至{0}</source>
        <translation>Move to {0}</translation>
    </message>
    <message>
        <source>移至其他参加人</source>
        <translation>Move to Another Participant</translation>
    </message>
    <message>
        <source>重新编号</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <source>修改争论的主要问题</source>
        <translation>Edit disputed question</translation>
    </message>
    <message>
        <source>争论的主要问题已在别处修改（撤销、另一个程序），正在输入的内容没有保存到其他问题上。</source>
        <translation>The disputed questions were changed elsewhere (undo, another program); what is being typed was not stored onto another question.</translation>
    </message>
    <message>
        <source>修改其他需要说明的情况</source>
        <translation>Edit other notes</translation>
    </message>
</context>
<context>
    <name>OpinionDetail</name>
    <message>
        <source>在上方登记表中选择一条意见，这里显示它的全文、依据和答复。</source>
        <translation>Select an opinion in the register above to see its full text, basis and answer here.</translation>
    </message>
    <message>
        <source>第 {0} 条意见</source>
        <translation>Opinion {0}</translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation>Opinion or suggestion</translation>
    </message>
    <message>
        <source>依据、理由</source>
        <translation>Basis and reasons</translation>
    </message>
    <message>
        <source>涉及条款</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>第 {0} 段</source>
        <translation>Passage {0}</translation>
    </message>
    <message>
        <source>笔录出处</source>
        <translation>Transcript source</translation>
    </message>
    <message>
        <source>问题{0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <source>争论问题</source>
        <translation>Disputed questions</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>到“意见处理”中答复 →</source>
        <translation>Answer in “Responses” →</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>修改意见</source>
        <translation>Edit Opinion</translation>
    </message>
    <message>
        <source>新增意见</source>
        <translation>New Opinion</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>听证参加人提出的意见或建议</source>
        <translation>The opinion or suggestion made by the participant</translation>
    </message>
    <message>
        <source>意见的依据、理由（可空）</source>
        <translation>Basis and reasons for the opinion (optional)</translation>
    </message>
    <message>
        <source>如：第三条、第二十三条（根据意见内容自动识别）</source>
        <translation>e.g. 第三条、第二十三条 (Articles 3 and 23; recognized from the opinion automatically)</translation>
    </message>
    <message>
        <source>简短主题，如：数据安全（可空）</source>
        <translation>Short topic, e.g. Data security (optional)</translation>
    </message>
    <message>
        <source>笔录段落编号，如：12、15（可空）</source>
        <translation>Transcript turn numbers, e.g. 12, 15 (optional)</translation>
    </message>
    <message>
        <source>听证参加人</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation>Opinion or suggestion</translation>
    </message>
    <message>
        <source>依据、理由</source>
        <translation>Basis and reasons</translation>
    </message>
    <message>
        <source>涉及条款</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>笔录出处</source>
        <translation>Transcript source</translation>
    </message>
    <message>
        <source>意见内容不能为空。</source>
        <translation>The opinion cannot be empty.</translation>
    </message>
    <message>
        <source>请先在“听证会设置”中添加听证参加人。</source>
        <translation>Add participants under “Hearing setup” first.</translation>
    </message>
    <message>
        <source>笔录出处应为笔录中已有的段落编号（笔录左侧的编号），用顿号分隔，如：12、15。</source>
        <translation>Sources must be numbers of turns in the transcript (the numbers in its margin), separated by 、, e.g. 12、15.</translation>
    </message>
</context>
<context>
    <name>OpinionTableModel</name>
    <message>
        <source>听证参加人</source>
        <extracomment>the opinion object of a row the value columns sort by</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation>Opinion or suggestion</translation>
    </message>
    <message>
        <source>依据、理由</source>
        <translation>Basis and reasons</translation>
    </message>
    <message>
        <source>涉及条款</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>争论问题</source>
        <translation>Disputed question</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>笔录出处</source>
        <translation>Transcript source</translation>
    </message>
    <message>
        <source>意见出自笔录的哪几段；单击即跳到“现场笔录”中的这一段</source>
        <translation>The transcript turns the opinion comes from; click to jump to that turn in “Live transcript”</translation>
    </message>
    <message>
        <source>问题{0}</source>
        <translation>Q{0}</translation>
    </message>
    <message>
        <source>单击跳到笔录第 {0} 段</source>
        <translation>Click to jump to transcript turn {0}</translation>
    </message>
</context>
<context>
    <name>OpinionsTab</name>
    <message>
        <source>按听证参加人分组</source>
        <translation>Group by participant</translation>
    </message>
    <message>
        <source>按条款分组</source>
        <translation>Group by article</translation>
    </message>
    <message>
        <source>不分组</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>全部处理情况</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>未答复</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>搜索意见、理由、条款、姓名……</source>
        <translation>Search opinions, reasons, articles, names…</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>为所选参加人登记一条新意见</source>
        <translation>Register a new opinion for the selected participant</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>修改所选意见</source>
        <translation>Edit the selected opinion</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除所选意见（可撤销）</source>
        <translation>Delete the selected opinions (can be undone)</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>把同一参加人的两条意见合并为一条</source>
        <translation>Merge two opinions of the same participant into one</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>把一条意见在光标处拆成两条</source>
        <translation>Split an opinion in two at the cursor</translation>
    </message>
    <message>
        <source>移至其他参加人…</source>
        <translation>Move to Another Participant…</translation>
    </message>
    <message>
        <source>把所选意见移到另一位参加人名下</source>
        <translation>Move the selected opinions to another participant</translation>
    </message>
    <message>
        <source>重新编号</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <source>按登记表当前显示顺序，为每位参加人的意见重新编号 1、2、3……</source>
        <translation>Renumber each participant’s opinions 1, 2, 3… in the order currently shown in the register</translation>
    </message>
    <message>
        <source>去答复 →</source>
        <translation>Answer →</translation>
    </message>
    <message>
        <source>在“意见处理”中答复所选意见</source>
        <translation>Answer the selected opinion under “Responses”</translation>
    </message>
    <message>
        <source>&lt;b&gt;所选意见&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selected opinion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>争论的主要问题</source>
        <extracomment>the grouping of each item of the form&apos;s group combo, in its order what the register shows (``Changes`` flags): it refreshes when one of them changes</extracomment>
        <translation>Disputed questions</translation>
    </message>
    <message>
        <source>其他需要说明的情况</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>共 {0} 条意见，已答复 {1} 条</source>
        <translation>{0} opinions, {1} answered</translation>
    </message>
    <message>
        <source>显示 {0} / {1} 条；</source>
        <translation>Showing {0} of {1}; </translation>
    </message>
    <message>
        <source>编号不连续：{0}。可用“重新编号”按当前显示顺序重排。</source>
        <translation>Numbering has gaps: {0}. Use “Renumber” to renumber in the current display order.</translation>
    </message>
    <message>
        <source>无法新增意见</source>
        <translation>Cannot add the opinion</translation>
    </message>
    <message>
        <source>无法修改意见</source>
        <translation>Cannot edit the opinion</translation>
    </message>
    <message>
        <source>无法删除意见</source>
        <translation>Cannot delete the opinions</translation>
    </message>
    <message>
        <source>已删除 {0} 条意见，可按 Ctrl+Z 撤销。</source>
        <translation>{0} opinions deleted; press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>合并意见</source>
        <translation>Merge opinions</translation>
    </message>
    <message>
        <source>请在登记表中选中同一位参加人的两条意见（按住 Ctrl 单击），再合并。</source>
        <translation>Select two opinions of the same participant in the register (Ctrl+click), then merge.</translation>
    </message>
    <message>
        <source>无法合并意见</source>
        <translation>Cannot merge the opinions</translation>
    </message>
    <message>
        <source>无法拆分意见</source>
        <translation>Cannot split the opinion</translation>
    </message>
    <message>
        <source>无法移动意见</source>
        <translation>Cannot move the opinions</translation>
    </message>
    <message>
        <source>无法重新编号</source>
        <translation>Cannot renumber</translation>
    </message>
    <message>
        <source>已重新编号，{0} 条意见的序号有变化。</source>
        <translation>Renumbered; {0} opinions got a new number.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>取消勾选表示尚未确定</source>
        <extracomment>False: a date alone (:class:`OptionalDateEdit`)</extracomment>
        <translation>Uncheck if not yet decided</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>OtherNotesEditor</name>
    <message>
        <source>如：听证会中所有听证参加人提出的意见和建议，均已由听证陈述人作出分析和处理建议……</source>
        <translation>e.g. The presenter has analyzed all opinions and suggestions made by the participants at the hearing and proposed how to handle them…</translation>
    </message>
    <message>
        <source>&lt;b&gt;其他需要说明的情况&lt;/b&gt;</source>
        <translation>&lt;b&gt;Other notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>OverwriteDialog</name>
    <message>
        <source>替换不同的答复</source>
        <extracomment>one opinion whose answer would be replaced: its label, its decision (shown), its analysis</extracomment>
        <translation>Replace different answers</translation>
    </message>
    <message>
        <source>以下 {0} 条意见已有不同的答复，保存后将被本次答复替换：</source>
        <translation>These {0} opinions already have different answers; saving replaces them with this answer:</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>现有的分析及处理建议</source>
        <translation>Current analysis</translation>
    </message>
    <message>
        <source>替换这些答复</source>
        <translation>Replace these answers</translation>
    </message>
</context>
<context>
    <name>ParticipantAnswers</name>
    <message>
        <source>1. 2. 3.</source>
        <extracomment>the choices as the window names them (translated when shown)</extracomment>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <source>一是 二是 三是</source>
        <translation>一是 二是 三是 (first, second …)</translation>
    </message>
    <message>
        <source>第一个问题， 第二个问题，</source>
        <translation>第一个问题， (first question, …)</translation>
    </message>
    <message>
        <source>不编号</source>
        <translation>No numbers</translation>
    </message>
    <message>
        <source>参加人：</source>
        <extracomment>the numbering was changed (the new choice)</extracomment>
        <translation>Participant:</translation>
    </message>
    <message>
        <source>答复编号：</source>
        <translation>Answer numbering:</translation>
    </message>
    <message>
        <source>听证报告“分析及处理建议”中每位参加人的答复如何编号（本听证会的设置）</source>
        <translation>How each participant&apos;s answers are numbered in the report&apos;s analysis (a setting of this hearing)</translation>
    </message>
    <message>
        <source>没有意见。</source>
        <translation>No opinions.</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>分析及处理建议（报告中的写法）</source>
        <translation>Analysis and proposed handling (as the report prints it)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>序号</source>
        <extracomment>rows show more than the item itself (labels...): refresh every row on ``set_items`` (person id, field name as in ``PeopleService.update_person``, new value)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>产生方式</source>
        <translation>How chosen</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>联系电话（不打印）</source>
        <translation>Phone (not printed)</translation>
    </message>
    <message>
        <source>身份证号（不打印）</source>
        <translation>ID number (not printed)</translation>
    </message>
    <message>
        <source>邮箱（不打印）</source>
        <translation>Email (not printed)</translation>
    </message>
    <message>
        <source>地址（不打印）</source>
        <translation>Address (not printed)</translation>
    </message>
    <message>
        <source>个人信息：只保存在本机数据库中，不会出现在听证报告、笔录或意见汇总表里。</source>
        <translation>Personal data: kept only in the database on this computer; it never appears in the hearing report, transcript or opinion summary table.</translation>
    </message>
    <message>
        <source>印在听证报告“听证参加人的产生方式及基本情况”表中，如“某公司企业单位代表”。</source>
        <translation>Printed in the hearing report’s table “How participants were chosen and their background”, e.g. “Representative of a company”.</translation>
    </message>
    <message>
        <source>身份证号（个人信息，不打印）：{0}</source>
        <translation>ID number (personal data, not printed): {0}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>本听证会的称谓：</source>
        <translation>Name used in this hearing:</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>基本情况（如“某公司企业单位代表”）</source>
        <translation>Background (e.g. “Representative of a company”)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>新增：</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>重新编号</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <source>改为其他角色…</source>
        <translation>Change Role…</translation>
    </message>
    <message>
        <source>所选人员登记错了角色时，改为其他角色（如听证参加人改为听证员）</source>
        <translation>Move the selected person to another role when entered under the wrong one (e.g. participant to panel member)</translation>
    </message>
    <message>
        <source>按当前顺序把序号改为 1、2、3……</source>
        <translation>Renumber 1, 2, 3… in the current order</translation>
    </message>
    <message>
        <source>从报名表导入…</source>
        <translation>Import Sign-up Sheet…</translation>
    </message>
    <message>
        <source>从 Excel 报名表（.xlsx）导入听证参加人，导入前先预览每一行的问题</source>
        <translation>Import participants from an Excel sign-up sheet (.xlsx), previewing each row’s problems first</translation>
    </message>
    <message>
        <source>上移（Alt+↑）</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <source>下移（Alt+↓）</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <source>删除（Delete）</source>
        <translation>Delete (Delete key)</translation>
    </message>
    <message>
        <source>删除所选人员（Delete）</source>
        <translation>Delete the selected people (Delete key)</translation>
    </message>
    <message>
        <source>淡黄底色的列（联系电话、身份证号、邮箱、地址）是个人信息：只保存在本机数据库中，不会出现在听证报告、听证笔录或意见汇总表里；身份证号在屏幕上只显示首尾几位。双击单元格可修改。</source>
        <translation>The columns with a pale yellow background (phone, ID number, email, address) are personal data: they are kept only in the database on this computer and never appear in the hearing report, transcript or opinion summary table; only the first and last few digits of ID numbers are shown on screen. Double-click a cell to edit it.</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <extracomment>columns shown for officials, observers and staff (participants show all) who takes part, and what the hearing calls each role</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>通常称“{0}”</source>
        <translation>Usually called “{0}”</translation>
    </message>
    <message>
        <source>{0}（{1} 人）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>通常称“{0}”；本地另有称谓（如“听证代表”“决策发言人”）时填在右上角，报告、笔录、议程都会使用。</source>
        <translation>Usually called “{0}”; if a different local name is used (e.g. “hearing representative”, “decision spokesperson”), enter it at the top right; the report, transcript and agenda will use it.</translation>
    </message>
    <message>
        <source>{0}姓名</source>
        <translation>{0} name</translation>
    </message>
    <message>
        <source>请先填写姓名，再点“添加”。</source>
        <translation>Enter a name first, then click “Add”.</translation>
    </message>
    <message>
        <source>添加{0}“{1}”</source>
        <translation>Add {0} “{1}”</translation>
    </message>
    <message>
        <source>删除 {0} 人：{1}？
删除后可用“撤销”恢复。</source>
        <translation>Delete {0} person(s): {1}?
You can restore them with “Undo”.</translation>
    </message>
    <message>
        <source>删除 {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <source>上移“{0}”</source>
        <translation>Move “{0}” up</translation>
    </message>
    <message>
        <source>下移“{0}”</source>
        <translation>Move “{0}” down</translation>
    </message>
    <message>
        <source>改为其他角色</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>把“{0}”（{1}）改为：</source>
        <translation>Change “{0}” ({1}) to:</translation>
    </message>
    <message>
        <source>把“{0}”改为{1}</source>
        <translation>Change “{0}” to {1}</translation>
    </message>
    <message>
        <source>重新编号{0}</source>
        <translation>Renumber {0}</translation>
    </message>
    <message>
        <source>修改“{0}”的{1}</source>
        <translation>Edit {1} of “{0}”</translation>
    </message>
    <message>
        <source>读取报名表</source>
        <translation>Reading the sign-up sheet</translation>
    </message>
    <message>
        <source>正在读取报名表……</source>
        <translation>Reading the sign-up sheet…</translation>
    </message>
    <message>
        <source>从报名表导入 {0} 人</source>
        <translation>Import {0} from sign-up sheet</translation>
    </message>
    <message>
        <source>已从报名表导入 {0} 人{1}。</source>
        <translation>Imported {0} from the sign-up sheet{1}.</translation>
    </message>
    <message>
        <source>，未导入 {0} 行</source>
        <translation>, {0} rows not imported</translation>
    </message>
</context>
<context>
    <name>RefusalNote</name>
    <message>
        <source>拒绝签字</source>
        <translation>Refused to Sign</translation>
    </message>
    <message>
        <source>例如：认为第 5 段未完整记录其意见；或：当场拒绝签字，未说明理由</source>
        <translation>e.g.: considers turn 5 an incomplete record of the opinion; or: refused on the spot without giving a reason</translation>
    </message>
    <message>
        <source>{0}拒绝签字。请写明其理由或当时的情况（必填，将记入笔录签名栏）：</source>
        <translation>{0} refuses to sign. Write down the reason given or what happened (required; printed in the signature table):</translation>
    </message>
    <message>
        <source>请写明拒绝签字的理由或情况。</source>
        <translation>Write down the reason for the refusal or what happened.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>修改基本情况</source>
        <translation>Edit basic information</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>上</source>
        <extracomment>the raster route&apos;s resolution (a page of A4 at 300 dpi is 35 MB in memory) what must stay printable, in mm: the 版心 and the page number under it</extracomment>
        <translation>top</translation>
    </message>
    <message>
        <source>左</source>
        <translation>left</translation>
    </message>
    <message>
        <source>右</source>
        <translation>right</translation>
    </message>
    <message>
        <source>下</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source>这台打印机的不可打印边距（{0}）大于公文版式的页边距，打印出来的版心或页码会被裁掉一部分。请换一台打印机，或在打印机设置中选择“无边距”。</source>
        <translation>This printer&apos;s unprintable margins ({0}) are larger than the document&apos;s margins: part of the text block or the page number would be cut off. Use another printer, or choose borderless printing in the printer&apos;s settings.</translation>
    </message>
    <message>
        <source>已把 PDF 原文件（矢量，100%）存为 {0}</source>
        <translation>Saved the PDF itself (vector, 100 %) as {0}</translation>
    </message>
    <message>
        <source>以 {0} dpi 图像按 100% 原尺寸送往“{1}”</source>
        <translation>Sent to “{1}” as {0} dpi images at 100 % (actual size)</translation>
    </message>
    <message>
        <source>无法把文件交给打印系统：{0}</source>
        <translation>Could not hand the file to the printing system: {0}</translation>
    </message>
    <message>
        <source>打印系统拒绝了打印任务：{0}</source>
        <translation>The printing system refused the job: {0}</translation>
    </message>
    <message>
        <source>已把 PDF 原文件（矢量，100%，不缩放）送往打印机“{0}”，任务号 {1}</source>
        <translation>Sent the PDF itself (vector, 100 %, no scaling) to printer “{0}”, job {1}</translation>
    </message>
    <message>
        <source>无法开始打印：打印机没有响应，请检查打印机设置。</source>
        <translation>Cannot start printing: the printer does not respond. Check the printer settings.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>听证会组织的基本情况（根据“听证会设置”自动生成，可修改）</source>
        <translation>Background of the hearing (generated from “Hearing setup”; can be edited)</translation>
    </message>
    <message>
        <source>恢复自动生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>丢弃修改，按“听证会设置”中的内容重新生成这一段</source>
        <translation>Discard the edits and regenerate this section from “Hearing setup”</translation>
    </message>
    <message>
        <source>听证会组织的基本情况</source>
        <translation>Background of the hearing</translation>
    </message>
    <message>
        <source>导出与打印</source>
        <translation>Export and Print</translation>
    </message>
    <message>
        <source>导出听证报告（PDF）</source>
        <translation>Export Hearing Report (PDF)</translation>
    </message>
    <message>
        <source>导出听证报告（Word）</source>
        <translation>Export Hearing Report (Word)</translation>
    </message>
    <message>
        <source>导出听证意见汇总表（Excel）</source>
        <translation>Export Opinion Summary Table (Excel)</translation>
    </message>
    <message>
        <source>导出听证笔录（PDF）</source>
        <translation>Export Transcript (PDF)</translation>
    </message>
    <message>
        <source>全部导出（四个文件）…</source>
        <translation>Export All (Four Files)…</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印听证报告…</source>
        <translation>Print Hearing Report…</translation>
    </message>
    <message>
        <source>刷新预览</source>
        <translation>Refresh Preview</translation>
    </message>
    <message>
        <source>&lt;b&gt;听证报告预览&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hearing report preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;每条意见都已提出分析及处理建议，报告可作为正式文本导出。&lt;/span&gt;</source>
        <extracomment>what the report shows (``Changes`` flags): everything but the transcript, its record, the draft under discussion and the hearing list the preview finished loading (seconds the background build took) an export finished (the files written)</extracomment>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;Every opinion has an analysis and a decision: the report can be exported as final.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;尚有 {0} 条意见未提出分析及处理建议&lt;/b&gt;（{1}）：导出和打印的听证报告每页都标“草稿”。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;{0} opinions still have no analysis and decision&lt;/b&gt; ({1}): every page of the exported or printed report is marked DRAFT (草稿).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9a6700&apos;&gt;已手动修改：报告使用这里的文字，“听证会设置”中的修改不会再自动反映到这一段。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9a6700&apos;&gt;Edited by hand: the report uses this text; changes under “Hearing setup” no longer update this section.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;自动生成&lt;/span&gt;：根据“听证会设置”中的目的、依据、组织机关、时间、地点和事项生成；直接修改即可替换。</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;Generated&lt;/span&gt;: from the purpose, legal basis, organizer, time, place and subject under “Hearing setup”; edit it directly to replace it.</translation>
    </message>
    <message>
        <source>无法保存基本情况</source>
        <translation>Cannot save the background</translation>
    </message>
    <message>
        <source>恢复自动生成的基本情况</source>
        <translation>Regenerate background</translation>
    </message>
    <message>
        <source>等待更新预览……</source>
        <translation>Waiting to update the preview…</translation>
    </message>
    <message>
        <source>正在生成预览……</source>
        <translation>Generating preview…</translation>
    </message>
    <message>
        <source>预览已更新（{0}，{1} 页）</source>
        <translation>Preview updated ({0}, {1} pages)</translation>
    </message>
    <message>
        <source>；提示：</source>
        <translation>; note: </translation>
    </message>
    <message>
        <source>预览生成失败：{0}</source>
        <translation>Preview failed: {0}</translation>
    </message>
    <message>
        <source>选择导出文件夹</source>
        <translation>Choose Export Folder</translation>
    </message>
    <message>
        <source>正在导出</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>上一次导出还没有完成，请稍候。</source>
        <translation>The previous export has not finished yet; please wait.</translation>
    </message>
    <message>
        <source>正在导出 %v / %m</source>
        <translation>Exporting %v / %m</translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>听证报告还是草稿</source>
        <translation>The hearing report is still a draft</translation>
    </message>
    <message>
        <source>还有 {0} 条意见没有提出分析及处理建议：{1}。

导出的听证报告每页都会标明“草稿”。仍要导出吗？</source>
        <translation>{0} opinions have no analysis and decision yet: {1}.

Every page of the exported report will be marked DRAFT (草稿). Export anyway?</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>文件夹中已有以下文件：
{0}

要用这次导出的文件替换它们吗？</source>
        <translation>The folder already holds these files:
{0}

Replace them with the files of this export?</translation>
    </message>
    <message>
        <source>正在写入 {0} ……</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <source>已导出到 {0}：{1}</source>
        <translation>Exported to {0}: {1}</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>已导出 {0} 个文件。</source>
        <translation>{0} files exported.</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>导出未完成</source>
        <translation>Export not completed</translation>
    </message>
    <message>
        <source>打印听证报告</source>
        <translation>Print Hearing Report</translation>
    </message>
    <message>
        <source>报告预览正在生成，请等预览更新后再打印。</source>
        <translation>The report preview is being generated; please print after it has updated.</translation>
    </message>
    <message>
        <source>打印预览 — 听证报告</source>
        <translation>Print preview — hearing report</translation>
    </message>
    <message>
        <source>打印边距</source>
        <translation>Printer margins</translation>
    </message>
    <message>
        <source>仍要打印吗？</source>
        <translation>Print anyway?</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>{0}：{1} 页。</source>
        <translation>{0}: {1} pages.</translation>
    </message>
</context>
<context>
    <name>ResponsesTab</name>
    <message>
        <source>下一条未答复（F8）</source>
        <translation>Next Unanswered (F8)</translation>
    </message>
    <message>
        <source>保存当前答复，转到下一条尚未答复的意见（F8 或 Ctrl+J）</source>
        <translation>Save the current answer and go to the next unanswered opinion (F8 or Ctrl+J)</translation>
    </message>
    <message>
        <source>逐条答复</source>
        <extracomment>what the tab shows: the procedure checks look at everything but the hearing list</extracomment>
        <translation>One by One</translation>
    </message>
    <message>
        <source>听证报告</source>
        <translation>Hearing report</translation>
    </message>
    <message>
        <source>程序检查</source>
        <translation>Procedure check</translation>
    </message>
    <message>
        <source>下一条未答复</source>
        <translation>Next unanswered</translation>
    </message>
    <message>
        <source>已答复 {0} / {1}</source>
        <translation>Answered {0} / {1}</translation>
    </message>
    <message>
        <source>程序检查（{0}）</source>
        <translation>Procedure check ({0})</translation>
    </message>
    <message>
        <source>程序检查 ✔</source>
        <translation>Procedure check ✔</translation>
    </message>
</context>
<context>
    <name>SaveTranscriptPdf</name>
    <message>
        <source>导出听证笔录</source>
        <translation>Export Transcript</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>查找笔录中的文字或发言人…</source>
        <translation>Find text or speakers in the transcript…</translation>
    </message>
    <message>
        <source>上一个</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>正在查找……（有听证会改动过时先更新索引，可能需要一些时间）</source>
        <translation>Searching… (hearings changed since the last search are indexed first; this may take a while)</translation>
    </message>
    <message>
        <source>查找失败：{0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <source>找到 {0} 处，在 {1} 场听证会中。双击一条结果打开该听证会的相应位置。</source>
        <translation>Found {0} places in {1} hearings. Double-click a result to open the hearing there.</translation>
    </message>
    <message>
        <source>没有找到“{0}”。</source>
        <translation>“{0}” was not found.</translation>
    </message>
    <message>
        <source>听证会（按年份）</source>
        <translation>Hearings (by year)</translation>
    </message>
    <message>
        <source>意见（按处理结果）</source>
        <translation>Opinions (by decision)</translation>
    </message>
    <message>
        <source>听证参加人（按类别）</source>
        <translation>Participants (by category)</translation>
    </message>
    <message>
        <source>意见（按提出人类别）</source>
        <translation>Opinions (by speaker&apos;s category)</translation>
    </message>
    <message>
        <source>在所有听证会中查找</source>
        <translation>Search All Hearings</translation>
    </message>
    <message>
        <source>查找(&amp;N)：</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <source>字词，如“数据”；多个字词用空格分开，须出现在同一处</source>
        <translation>Words, e.g. “数据”; several words separated by spaces must be in the same place</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>查找结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>听证会</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>摘录</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>输入字词后按回车查找；双击一条结果打开该听证会的相应位置。</source>
        <translation>Type words and press Enter; double-click a result to open the hearing there.</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>所有听证会的统计</source>
        <translation>Counts across all hearings</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>修改{0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>修改“{0}”的称谓</source>
        <translation>Change the name for “{0}”</translation>
    </message>
    <message>
        <source>修改程序设置</source>
        <translation>Change procedure settings</translation>
    </message>
    <message>
        <source>修改征求意见稿标题</source>
        <translation>Edit draft title</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>议程与程序</source>
        <translation>Agenda and Procedure</translation>
    </message>
    <message>
        <source>征求意见稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>请在左侧的听证会列表中选择一个听证会，或新建一个听证会。</source>
        <translation>Choose a hearing in the hearing list on the left, or create a new one.</translation>
    </message>
    <message>
        <source>听证会设置</source>
        <translation>Hearing setup</translation>
    </message>
</context>
<context>
    <name>SignOffController</name>
    <message>
        <source>■ 已锁定 · 指纹 {0}</source>
        <translation>■ Locked · fingerprint {0}</translation>
    </message>
    <message>
        <source>笔录已锁定待签字（第 {0} 次锁定，指纹 {1}）。修改任何一段都需要先解锁，修改会被记录。</source>
        <translation>The transcript is locked for signing (lock {0}, fingerprint {1}). Any change needs an unlock first and is logged.</translation>
    </message>
    <message>
        <source>● 记录中</source>
        <translation>● Recording</translation>
    </message>
    <message>
        <source>笔录第 {0} 次锁定后已解锁修改（{1} 处修改已记录）。已登记的签字属于旧版本；修改完成后请重新锁定，重新打印，重新签字。</source>
        <translation>The transcript was unlocked after lock {0} ({1} changes logged). Signatures recorded belong to the old version; when done, lock again, print again and sign again.</translation>
    </message>
    <message>
        <source>锁定笔录</source>
        <translation>Lock Transcript</translation>
    </message>
    <message>
        <source>输入框中还有未提交的发言。请先按回车把它记入笔录（或清空输入框），再锁定笔录。</source>
        <translation>The input box still holds unsubmitted text. Press Enter to add it to the transcript (or clear the box) before locking the transcript.</translation>
    </message>
    <message>
        <source>笔录已锁定，指纹 {0}</source>
        <translation>Transcript locked, fingerprint {0}</translation>
    </message>
    <message>
        <source>登记签字</source>
        <translation>Record Signature</translation>
    </message>
    <message>
        <source>请先锁定笔录，再登记签字。</source>
        <translation>Lock the transcript before recording signatures.</translation>
    </message>
    <message>
        <source>已更正{0}的签到。笔录内容随之改变，已解锁：请重新锁定笔录并重新打印，再就新版本登记签字。</source>
        <translation>{0}&apos;s check-in was corrected. The transcript changes with it and has been unlocked: lock it again and print it again, then record signatures for the new version.</translation>
    </message>
    <message>
        <source>无法登记签字</source>
        <translation>Cannot record the signature</translation>
    </message>
    <message>
        <source>导出草稿</source>
        <translation>Export draft</translation>
    </message>
    <message>
        <source>笔录尚未锁定，导出的是草稿：每页标有“草稿（未锁定）”，没有核对意见、签名栏和指纹，不能用于签字。
打印供签字的笔录，请先锁定。

仍要导出草稿吗？</source>
        <translation>The transcript is not locked: the export is a draft, marked “草稿（未锁定）” on every page, without the confirmation, the signature table and the fingerprint; it cannot be signed.
To print the transcript for signing, lock it first.

Export the draft anyway?</translation>
    </message>
    <message>
        <source>听证笔录草稿已导出：{0}</source>
        <translation>Transcript draft exported: {0}</translation>
    </message>
    <message>
        <source>听证笔录已导出：{0}</source>
        <translation>Transcript exported: {0}</translation>
    </message>
    <message>
        <source>导出笔录 PDF</source>
        <translation>Export Transcript PDF</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>锁定笔录</source>
        <translation>Lock Transcript</translation>
    </message>
    <message>
        <source>固定笔录内容并计算指纹，之后才能打印供签字、登记签字（Ctrl+Shift+L）</source>
        <translation>Fix the transcript and compute its fingerprint; only then can it be printed for signing and signatures recorded (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>解锁修改…</source>
        <translation>Unlock to Edit…</translation>
    </message>
    <message>
        <source>导出笔录 PDF…</source>
        <translation>Export Transcript PDF…</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>选中一人，再点下面的按钮登记签字情况；双击记为“已签字”</source>
        <translation>Select a person, then click a button below to record their signature status; double-click to record “Signed”</translation>
    </message>
    <message>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>拒绝签字…</source>
        <translation>Refused to Sign…</translation>
    </message>
    <message>
        <source>离场未签</source>
        <translation>Left before signing</translation>
    </message>
    <message>
        <source>到会但签字时已离场；没有到会的人在“签到”中记为未到，不在此登记</source>
        <translation>Attended but had left when the transcript was signed; people who did not attend are marked absent at check-in, not here</translation>
    </message>
    <message>
        <source>锁定与修改记录</source>
        <translation>Locks and changes</translation>
    </message>
    <message>
        <source>（时间不详）</source>
        <extracomment>SignatureStatus for the selected person a turn of the change log was double-clicked (its seq)</extracomment>
        <translation>(time unknown)</translation>
    </message>
    <message>
        <source>笔录已于 {0} 锁定（第 {1} 次锁定）。打印或导出的笔录每页都印有下面的指纹，签字人据此核对。</source>
        <translation>The transcript was locked at {0} (lock {1}). Every printed or exported page carries the fingerprint below, for the signers to check.</translation>
    </message>
    <message>
        <source>笔录已锁定（第 {0} 次），但内容与锁定时的指纹不符：只能打印草稿。请解锁后重新锁定。</source>
        <translation>The transcript is locked (lock {0}) but no longer matches the fingerprint of the lock: it can only be printed as a draft. Unlock and lock it again.</translation>
    </message>
    <message>
        <source>完整指纹（SHA-256）：{0}</source>
        <translation>Whole fingerprint (SHA-256): {0}</translation>
    </message>
    <message>
        <source>笔录第 {0} 次锁定后已解锁修改（修改都记录在下方）。已登记的签字属于旧版本；请在修改完成后重新锁定，重新打印，重新签字。</source>
        <translation>The transcript was unlocked after lock {0} (the changes are listed below). Signatures recorded belong to the old version; when done, lock again, print again and sign again.</translation>
    </message>
    <message>
        <source>笔录尚未锁定，导出的是草稿。记录完成后先锁定笔录，再打印、登记签字。</source>
        <translation>The transcript is not locked: an export is a draft. When the record is complete, lock it, then print it and record the signatures.</translation>
    </message>
    <message>
        <source>导出笔录 PDF（供签字）…</source>
        <translation>Export transcript PDF (for signing)…</translation>
    </message>
    <message>
        <source>导出草稿 PDF…</source>
        <translation>Export draft PDF…</translation>
    </message>
    <message>
        <source>锁定与修改记录（锁定 {0} 次，修改 {1} 处）</source>
        <translation>Locks and changes ({0} locks, {1} changes)</translation>
    </message>
    <message>
        <source>第 {0} 次锁定 {1}，指纹 {2}</source>
        <translation>Lock {0} {1}, fingerprint {2}</translation>
    </message>
    <message>
        <source>，{0} 解锁</source>
        <translation>, unlocked {0}</translation>
    </message>
    <message>
        <source>（现行）</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <source>应签 {0} 人：已签字 {1}，拒绝签字 {2}，离场未签 {3}，待签字 {4}</source>
        <translation>{0} to sign: signed {1}, refused {2}, left before signing {3}, pending {4}</translation>
    </message>
    <message>
        <source>；未出席 {0} 人不签字</source>
        <translation>; {0} absent do not sign</translation>
    </message>
    <message>
        <source>；其中 {0} 人的签字属于旧版本，须重新签字</source>
        <translation>; {0} of them signed an old version and must sign again</translation>
    </message>
    <message>
        <source>待签字</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>锁定后没有修改过笔录。</source>
        <translation>The transcript has not been changed since it was locked.</translation>
    </message>
    <message>
        <source>上次：{0}</source>
        <translation>Last: {0}</translation>
    </message>
    <message>
        <source>。锁定笔录后才能登记签字。</source>
        <translation>. Signatures can be recorded once the transcript is locked.</translation>
    </message>
</context>
<context>
    <name>SignatureModel</name>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>待签字</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>拒绝签字</source>
        <translation>Refused to Sign</translation>
    </message>
    <message>
        <source>离场未签</source>
        <translation>Left before signing</translation>
    </message>
    <message>
        <source>未出席</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>记为未到，却登记有“{0}”：请更正签到或签字记录</source>
        <translation>Marked absent, yet “{0}” is recorded: correct the check-in or the signature</translation>
    </message>
    <message>
        <source>签到记为未到，不签字</source>
        <translation>Marked absent at check-in: does not sign</translation>
    </message>
    <message>
        <source>“{0}”属于未注明版本的笔录，须就现版本重新签字</source>
        <translation>“{0}” belongs to a transcript of unknown version: sign the present version again</translation>
    </message>
    <message>
        <source>“{0}”属于第 {1} 次锁定的旧版本，须就现版本重新签字</source>
        <translation>“{0}” belongs to the old version of lock {1}: sign the present version again</translation>
    </message>
    <message>
        <source>{0} {1}号</source>
        <translation>{0} no. {1}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>未核对</source>
        <translation>Not checked</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>导入报名表：{0}</source>
        <translation>Import Sign-up Sheet: {0}</translation>
    </message>
    <message>
        <source>（其中 {0} 行有提醒）</source>
        <translation> ({0} with warnings)</translation>
    </message>
    <message>
        <source>工作表“{0}”第 {1} 行是表头，识别到的列：{2}。{3}&lt;br&gt;共 {4} 行：&lt;b style=&apos;color:#1e8e3e&apos;&gt;{5} 行可导入&lt;/b&gt;{6}，&lt;b style=&apos;color:#c5221f&apos;&gt;{7} 行有错误，不会导入&lt;/b&gt;。请核对后勾选要导入为{8}的行。在点“导入”之前，不会保存任何内容。</source>
        <translation>Row {1} of sheet “{0}” is the header; columns recognized: {2}. {3}&lt;br&gt;{4} rows: &lt;b style=&apos;color:#1e8e3e&apos;&gt;{5} can be imported&lt;/b&gt;{6}, &lt;b style=&apos;color:#c5221f&apos;&gt;{7} have errors and will not be imported&lt;/b&gt;. Check them and tick the rows to import as {8}. Nothing is saved until you click “Import”.</translation>
    </message>
    <message>
        <source>未找到的列：{0}。</source>
        <translation>Columns not found: {0}.</translation>
    </message>
    <message>
        <source>只显示有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>全选可导入的行</source>
        <translation>Select All Importable Rows</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select None</translation>
    </message>
    <message>
        <source>导入 {0} 人</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>选择报名表</source>
        <translation>Choose Sign-up Sheet</translation>
    </message>
</context>
<context>
    <name>SignupRowsModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>产生方式</source>
        <translation>How chosen</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>有错误，不导入</source>
        <translation>Error, not imported</translation>
    </message>
    <message>
        <source>可导入（有提醒）</source>
        <translation>Importable (with warnings)</translation>
    </message>
    <message>
        <source>可导入</source>
        <translation>Importable</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>选择发言人：输入序号或拼音首字母（如 cd，也可输入全拼），回车确定</source>
        <translation>Choose the speaker: type a number or pinyin initials (e.g. cd, or the full pinyin), Enter to confirm</translation>
    </message>
    <message>
        <source>{0}号</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>序号 / 拼音首字母 / 全拼</source>
        <translation>Number / pinyin initials / full pinyin</translation>
    </message>
</context>
<context>
    <name>SpeakingTimer</name>
    <message>
        <source>（未选发言人）</source>
        <translation>(no speaker)</translation>
    </message>
    <message>
        <source>选定发言人后开始计时</source>
        <translation>Timing starts once a speaker is chosen</translation>
    </message>
    <message>
        <source>发言用时（不限时）</source>
        <translation>Speaking time (no limit)</translation>
    </message>
    <message>
        <source>已超时 {0}（限时 {1} 分钟）</source>
        <translation>Over by {0} (limit {1} min)</translation>
    </message>
    <message>
        <source>限时 {0} 分钟，剩余 {1}</source>
        <translation>Limit {0} min, {1} left</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>拆分意见</source>
        <translation>Split Opinion</translation>
    </message>
    <message>
        <source>把光标放在要拆开的位置（单击或用方向键），下面是拆分后的两条意见：</source>
        <translation>Put the cursor where the opinion should be split (click or use the arrow keys); the two resulting opinions are shown below:</translation>
    </message>
    <message>
        <source>第一条（保留原编号和答复）</source>
        <translation>First (keeps the number and answer)</translation>
    </message>
    <message>
        <source>第二条（新意见，编号顺延）</source>
        <translation>Second (new opinion, next number)</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>例如：《××市××管理办法（征求意见稿）》听证会</source>
        <translation>e.g. Hearing on the Draft Regulations of … City</translation>
    </message>
</context>
<context>
    <name>TranscriptCommands</name>
    <message>
        <source>删除第 {0} 段</source>
        <translation>Delete turn {0}</translation>
    </message>
    <message>
        <source>标为意见</source>
        <translation>Mark as opinion</translation>
    </message>
    <message>
        <source>登记{0}的签字</source>
        <translation>Record signature of {0}</translation>
    </message>
</context>
<context>
    <name>TranscriptDocument</name>
    <message>
        <source>（本场没有）</source>
        <extracomment>the label of a staff member who is not in the people list what the tab shows of a hearing apart from its turns, opinions and record: who takes part and what they are called, the agenda, the procedure settings another hearing (or none) was opened: everything is new, the typing box&apos;s text too people, what they are called, the agenda or the settings changed the typing box&apos;s speaker, kind, agenda step or start time changed the lock, the change log or a signature changed a write of the typing box reached the database (text: when) a write failed and is being retried (text: the reason) a turn begun longer ago than this is not timed from its first key (a clock set wrong)</extracomment>
        <translation>(none at this hearing)</translation>
    </message>
    <message>
        <source>笔录已锁定待签字，修改前请先解锁。</source>
        <translation>The transcript is locked for signatures; unlock it before editing.</translation>
    </message>
    <message>
        <source>这段发言还没有发言人：请先选定发言人（F1 主持人、F2 陈述人、F5 参加人…），或按 F7 记为程序记录。输入的文字仍在输入框中。</source>
        <translation>This turn has no speaker yet: choose the speaker first (F1 host, F2 presenter, F5 participant…) or press F7 for a procedural note. The text is still in the typing box.</translation>
    </message>
    <message>
        <source>数据库暂时无法写入（自动保存仍在重试），请稍后再试。</source>
        <translation>The database cannot be written to right now (autosave keeps retrying); please try again later.</translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <source>当前议程步骤，记入每段发言（F8 下一步，Shift+F8 上一步）</source>
        <translation>Current agenda step, recorded with each turn (F8 next, Shift+F8 previous)</translation>
    </message>
    <message>
        <source>下一步 F8</source>
        <translation>Next Step F8</translation>
    </message>
    <message>
        <source>查找 Ctrl+F</source>
        <translation>Find Ctrl+F</translation>
    </message>
    <message>
        <source>常用语…</source>
        <translation>Phrases…</translation>
    </message>
    <message>
        <source>议程：</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>还没有发言记录。选定发言人（F1 主持人、F5 参加人…），在下方输入，按回车记入笔录。</source>
        <translation>Nothing recorded yet. Choose a speaker (F1 host, F5 participant…), type below and press Enter to add it to the transcript.</translation>
    </message>
    <message>
        <source>现场记录</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>核对签字</source>
        <translation>Check and Sign</translation>
    </message>
</context>
<context>
    <name>TurnDelegate</name>
    <message>
        <source>意见 {0}</source>
        <extracomment>the user corrected the text of turn ``seq`` in place the opinion badge of turn ``seq`` was clicked the editor opened on turn ``seq``</extracomment>
        <translation>Opinion {0}</translation>
    </message>
    <message>
        <source>已更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>回车保存修改，Shift+回车换行，Esc 放弃</source>
        <translation>Enter saves the correction, Shift+Enter breaks a line, Esc cancels</translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <source>笔录中已没有这一段，它可能已被删除。</source>
        <translation>That turn is no longer in the transcript; it may have been deleted.</translation>
    </message>
    <message>
        <source>修改第 {0} 段：回车保存，Shift+回车换行，Esc 放弃</source>
        <translation>Correcting turn {0}: Enter saves, Shift+Enter breaks a line, Esc cancels</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <source>第 {0} 段的内容不能为空；如要去掉这段，请用“删除”。</source>
        <translation>Turn {0} cannot be empty; to remove the turn, use “Delete”.</translation>
    </message>
    <message>
        <source>修改第 {0} 段的文字</source>
        <translation>Edit text of turn {0}</translation>
    </message>
    <message>
        <source>更改第 {0} 段的发言人</source>
        <translation>Change speaker of turn {0}</translation>
    </message>
    <message>
        <source>更改第 {0} 段的发言人：输入序号或拼音首字母（也可输入全拼），回车确定</source>
        <translation>Change the speaker of turn {0}: type a number or pinyin initials (or the full pinyin), Enter to confirm</translation>
    </message>
    <message>
        <source>删除发言</source>
        <translation>Delete turn</translation>
    </message>
    <message>
        <source>删除第 {0} 段吗？

{1}

删除后可按 Ctrl+Z 撤销。</source>
        <translation>Delete turn {0}?

{1}

Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>已删除第 {0} 段（Ctrl+Z 撤销）</source>
        <translation>Turn {0} deleted (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>请先在笔录中选中一段发言，再标为意见。</source>
        <translation>Select a turn in the transcript first, then mark it as an opinion.</translation>
    </message>
    <message>
        <source>无法标为意见</source>
        <translation>Cannot mark as opinion</translation>
    </message>
    <message>
        <source>，涉及{0}</source>
        <translation>, on {0}</translation>
    </message>
    <message>
        <source>已登记为{0}的第 {1} 条意见{2}</source>
        <translation>Registered as opinion {1} of {0}{2}</translation>
    </message>
    <message>
        <source>修改文字	Ctrl+E</source>
        <translation>Edit Text	Ctrl+E</translation>
    </message>
    <message>
        <source>更改发言人…</source>
        <translation>Change Speaker…</translation>
    </message>
    <message>
        <source>改为工作人员发言</source>
        <translation>Change to Staff Speech</translation>
    </message>
    <message>
        <source>改为程序记录</source>
        <translation>Change to Procedural Note</translation>
    </message>
    <message>
        <source>标为意见	Ctrl+M</source>
        <translation>Mark as Opinion	Ctrl+M</translation>
    </message>
    <message>
        <source>查看关联的意见</source>
        <translation>Show Linked Opinion</translation>
    </message>
    <message>
        <source>删除这一段…</source>
        <translation>Delete this turn…</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
</context>
<context>
    <name>TurnTableModel</name>
    <message>
        <source>序号</source>
        <extracomment>opinion ids that refer to the turn (list of str) True when the turn was changed after a lock (it is in the change annex)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>发言人</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>程序记录</source>
        <translation>Procedural note</translation>
    </message>
    <message>
        <source>（未选发言人）</source>
        <translation>(no speaker)</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>TypingController</name>
    <message>
        <source>已自动保存 {0}</source>
        <extracomment>milliseconds from the first unsaved keystroke to the save (it is not pushed back by further keys, so a recorder who never pauses is still saved every half second)</extracomment>
        <translation>Autosaved {0}</translation>
    </message>
    <message>
        <source>已恢复上次未提交的内容</source>
        <translation>Restored the text not submitted last time</translation>
    </message>
    <message>
        <source>（未设置议程，可在“听证会设置”中添加）</source>
        <translation>(no agenda; add one under “Hearing setup”)</translation>
    </message>
    <message>
        <source>程序记录（回车记入笔录）</source>
        <translation>Procedural note (Enter adds it to the transcript)</translation>
    </message>
    <message>
        <source>未选定 —— 按 F1/F2… 或 F5 选择</source>
        <translation>None — press F1/F2… or F5 to choose</translation>
    </message>
    <message>
        <source>&#x3000;开始于 {0}</source>
        <translation>&#x3000;started at {0}</translation>
    </message>
    <message>
        <source>发言人：</source>
        <translation>Speaker: </translation>
    </message>
    <message>
        <source>笔录已锁定待签字，不能再记录。如需修改，请在“核对签字”中解锁。</source>
        <translation>The transcript is locked for signatures; nothing more can be recorded. To make changes, unlock it under “Check and Sign”.</translation>
    </message>
    <message>
        <source>在这里输入发言内容，回车记入笔录，Shift+回车换行。</source>
        <translation>Type the speech here; Enter adds it to the transcript, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>自动保存失败，正在重试：{0}</source>
        <translation>Autosave failed, retrying: {0}</translation>
    </message>
    <message>
        <source>笔录自动保存失败，正在重试：{0}</source>
        <translation>Transcript autosave failed, retrying: {0}</translation>
    </message>
    <message>
        <source>无法记入笔录</source>
        <translation>Cannot add to the transcript</translation>
    </message>
    <message>
        <source>自行输入：输入框中的文字作为程序记录</source>
        <translation>Custom: use the text in the input box as a procedural note</translation>
    </message>
    <message>
        <source>无法添加程序记录</source>
        <translation>Cannot add the procedural note</translation>
    </message>
    <message>
        <source>已记入程序记录：{0}</source>
        <translation>Procedural note recorded: {0}</translation>
    </message>
    <message>
        <source>常用语和程序记录</source>
        <translation>Phrases and Procedural Notes</translation>
    </message>
    <message>
        <source>常用语，每行一条；前九条可用 Alt+1 … Alt+9 插入到输入框：</source>
        <translation>Phrases, one per line; the first nine can be inserted into the input box with Alt+1 … Alt+9:</translation>
    </message>
    <message>
        <source>程序记录（按 F7 选用），每行一条，例如：休会十分钟。</source>
        <translation>Procedural notes (pick with F7), one per line, e.g.: Ten-minute recess.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>设置文件</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>重大行政决策听证会的记录、意见处理与听证报告工具。</source>
        <translation>Records public hearings on major administrative decisions, handles the opinions and writes the hearing report.</translation>
    </message>
    <message>
        <source>程序完全离线工作；所有修改即时存入数据库。</source>
        <translation>Works fully offline; every change is stored at once in the database.</translation>
    </message>
    <message>
        <source>关于 Hearing Desk</source>
        <translation>About Hearing Desk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>标准错误输出</source>
        <translation>standard error</translation>
    </message>
    <message>
        <source>程序内部错误，刚才的操作可能没有完成。详细信息已写入 {0}。</source>
        <translation>Internal error: the last operation may not have been completed. Details were written to {0}.</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>无法读写 {0}：{1}。请检查文件和文件夹是否存在、是否有读写权限。</source>
        <translation>Cannot read or write {0}: {1}. Check that the file and its folder exist and that you may read and write them.</translation>
    </message>
    <message>
        <source>无法打开数据库：{0}。请检查数据库文件所在的文件夹是否存在、是否可以读写。</source>
        <translation>Cannot open the database: {0}. Check that the database file&apos;s folder exists and that you may read and write it.</translation>
    </message>
    <message>
        <source>程序启动时发生内部错误（{0}），未能打开窗口。详细信息已写入 {1}。</source>
        <translation>An internal error occurred while the program started ({0}); the window could not open. Details are in {1}.</translation>
    </message>
    <message>
        <source>无法启动 Hearing Desk</source>
        <translation>Hearing Desk cannot start</translation>
    </message>
    <message>
        <source>笔录未能写入数据库</source>
        <translation>The transcript could not be stored</translation>
    </message>
    <message>
        <source>上次关闭前未能写入数据库的笔录内容，现在仍无法写入（{0}）。这些内容保存在 {1}（文本文件，可用记事本打开，把其中的发言复制回笔录）。</source>
        <translation>Transcript text that could not be stored before the program last closed still cannot be written ({0}). It is kept in {1} (a text file: open it in a text editor and copy the turns back into the transcript).</translation>
    </message>
    <message>
        <source>无法打开听证会</source>
        <translation>Cannot open the hearing</translation>
    </message>
    <message>
        <source>已打开上次使用的听证会。</source>
        <translation>The last hearing used was opened instead.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>操作未完成</source>
        <extracomment>minimum seconds between two progress reports delivered to the GUI (the last one always goes) the function&apos;s return value the exception it raised (not emitted for a cancelled task) done, total, text after done/failed, or when a cancelled task stopped</extracomment>
        <translation>Operation not completed</translation>
    </message>
    <message>
        <source>程序内部错误，操作未完成（{0}）。详细信息已写入日志文件。</source>
        <translation>Internal error: the operation ({0}) was not completed. Details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>打开时</source>
        <extracomment>why a backup was made, as the list shows it (services/backups.py: REASONS, a test holds the keys equal)</extracomment>
        <translation>On opening</translation>
    </message>
    <message>
        <source>编辑期间</source>
        <translation>While editing</translation>
    </message>
    <message>
        <source>关闭时</source>
        <translation>On closing</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>意见未答复</source>
        <translation>Opinion unanswered</translation>
    </message>
    <message>
        <source>缺少不予采纳理由</source>
        <translation>Reason for rejection missing</translation>
    </message>
    <message>
        <source>缺少分析意见</source>
        <translation>Analysis missing</translation>
    </message>
    <message>
        <source>未记录签字情况</source>
        <translation>Signature not recorded</translation>
    </message>
    <message>
        <source>缺席者有签字记录</source>
        <translation>Absent person has a signature</translation>
    </message>
    <message>
        <source>拒签未注明</source>
        <translation>Refusal without a note</translation>
    </message>
    <message>
        <source>笔录与指纹不符</source>
        <translation>Transcript does not match its fingerprint</translation>
    </message>
    <message>
        <source>出席人数不足</source>
        <translation>Too few present</translation>
    </message>
    <message>
        <source>签到未完成</source>
        <translation>Check-in not finished</translation>
    </message>
    <message>
        <source>缺席者发言</source>
        <translation>Absent person speaking</translation>
    </message>
    <message>
        <source>材料送达过晚</source>
        <translation>Materials sent too late</translation>
    </message>
    <message>
        <source>报告期限将至</source>
        <translation>Report deadline near</translation>
    </message>
    <message>
        <source>报告已超期</source>
        <translation>Report overdue</translation>
    </message>
    <message>
        <source>文本中有个人信息</source>
        <translation>Personal data in the text</translation>
    </message>
    <message>
        <source>{what}尚未答复：请选择处理结果并写明分析及处理建议。</source>
        <translation>{what} is not answered yet: choose a decision and write the analysis and proposed handling.</translation>
    </message>
    <message>
        <source>{what}为“{decision}”，但没有写明理由（只有处理结论不算理由）：报告须说明不予采纳的原因。</source>
        <translation>{what} is “{decision}” but gives no reason (the decision alone is not a reason): the report must say why it is not adopted.</translation>
    </message>
    <message>
        <source>{what}已定为“{decision}”，但“分析及处理建议”是空的，报告中该栏将为空白。</source>
        <translation>{what} is decided as “{decision}” but its analysis and proposed handling is empty: that cell of the report will be blank.</translation>
    </message>
    <message>
        <source>笔录锁定后内容已被改动，与第 {lock} 次锁定的指纹不符：笔录只能作为草稿打印，请解锁后重新锁定、重新打印并签字。</source>
        <translation>The transcript was changed after it was locked and no longer matches the fingerprint of lock {lock}: it prints only as a draft. Unlock, lock again, print again and have it signed.</translation>
    </message>
    <message>
        <source>{who}在签到中记为未到，却登记有“{status}”：请更正签到或签字记录。</source>
        <translation>{who} is marked absent at check-in but has “{status}” recorded: correct the check-in or the signature.</translation>
    </message>
    <message>
        <source>笔录已锁定待签字，但{who}的签字情况尚未记录（已签字、拒绝签字或离场未签）。</source>
        <translation>The transcript is locked for signing, but no signature state is recorded for {who} (signed, refused or left without signing).</translation>
    </message>
    <message>
        <source>笔录已锁定待签字，但{who}的签字情况尚未记录（已签字、拒绝签字或离场未签）（此前的签字属于笔录的旧版本，须就现版本重新签字）。</source>
        <translation>The transcript is locked for signing, but no signature state is recorded for {who} (signed, refused or left without signing) (the earlier signature was for an older version; the current version must be signed again).</translation>
    </message>
    <message>
        <source>{who}拒绝签字，但没有记明理由或情况：请写下主持人或记录员的说明。</source>
        <translation>{who} refused to sign, but no reason or circumstances are noted: write down the host&apos;s or recorder&apos;s note.</translation>
    </message>
    <message>
        <source>{role}应到 {expected} 人，实到 {present} 人，未达到出席人数要求（至少 {rule}，即 {needed} 人）。</source>
        <translation>{role}: {expected} expected, {present} present; the attendance requirement is not met (at least {rule}, i.e. {needed}).</translation>
    </message>
    <message>
        <source>{role}应到 {expected} 人，已签到 {present} 人，{unchecked} 人尚未核对：到会人数须达到 {needed} 人。</source>
        <translation>{role}: {expected} expected, {present} checked in, {unchecked} not checked yet: at least {needed} must be present.</translation>
    </message>
    <message>
        <source>第 {number} 段的发言人{name}在签到中记为未到：请更正签到或该段的发言人。</source>
        <translation>The speaker of paragraph {number}, {name}, is marked absent at check-in: correct the check-in or the paragraph&apos;s speaker.</translation>
    </message>
    <message>
        <source>材料于 {sent}（“{event}”）送达，距听证会仅 {days} 天，少于规定的 {required} 天。</source>
        <translation>The materials were sent on {sent} (“{event}”), only {days} days before the hearing, fewer than the required {required} days.</translation>
    </message>
    <message>
        <source>听证报告的成文日期 {date} 晚于期限 {deadline}（听证会后 {n} 个工作日），请在“其他需要说明的情况”中说明原因。</source>
        <translation>The hearing report is dated {date}, after the deadline {deadline} ({n} working days after the hearing): explain why under “Other matters to note”.</translation>
    </message>
    <message>
        <source>听证报告应于 {deadline} 前完成（听证会后 {n} 个工作日），已超期 {late} 个工作日，仍有意见未答复完毕。</source>
        <translation>The hearing report was due by {deadline} ({n} working days after the hearing) and is {late} working days late; some opinions are still not fully answered.</translation>
    </message>
    <message>
        <source>听证报告应于 {deadline} 前完成（听证会后 {n} 个工作日），已超过期限，仍有意见未答复完毕。</source>
        <translation>The hearing report was due by {deadline} ({n} working days after the hearing); the deadline has passed and some opinions are still not fully answered.</translation>
    </message>
    <message>
        <source>听证报告应于 {deadline} 前完成（今天），仍有意见未答复完毕。</source>
        <translation>The hearing report is due by {deadline} (today); some opinions are still not fully answered.</translation>
    </message>
    <message>
        <source>听证报告应于 {deadline} 前完成（还剩 {left} 个工作日），仍有意见未答复完毕。</source>
        <translation>The hearing report is due by {deadline} ({left} working days left); some opinions are still not fully answered.</translation>
    </message>
    <message>
        <source>{place}中有{data}（{masked}）：文书会照印。如不宜公开，请改写原文，或导出文书时选择遮盖个人信息。</source>
        <translation>{place} contains personal data ({data}: {masked}): the documents will print it. If it should not be published, rewrite the text, or choose to mask personal data when exporting.</translation>
    </message>
    <message>
        <source>报告的基本情况</source>
        <extracomment>where personal data was found (domain/personal.py: free_text_fields), by the place&apos;s code</extracomment>
        <translation>The report&apos;s background</translation>
    </message>
    <message>
        <source>报告的其他说明</source>
        <translation>The report&apos;s other notes</translation>
    </message>
    <message>
        <source>{who}的基本情况</source>
        <translation>The description of {who}</translation>
    </message>
    <message>
        <source>听证笔录第 {seq} 段</source>
        <translation>Paragraph {seq} of the transcript</translation>
    </message>
    <message>
        <source>{what}的依据理由</source>
        <translation>The grounds of {what}</translation>
    </message>
    <message>
        <source>{what}的分析及处理建议</source>
        <translation>The analysis and proposed handling of {what}</translation>
    </message>
    <message>
        <source>第 {n} 个争议焦点</source>
        <translation>Disputed question {n}</translation>
    </message>
    <message>
        <source>手机号码</source>
        <extracomment>the kinds of personal data (domain/personal.py: KIND_LABELS)</extracomment>
        <translation>mobile number</translation>
    </message>
    <message>
        <source>固定电话</source>
        <translation>landline number</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>{0}的第{1}条意见</source>
        <translation>Opinion {1} of {0}</translation>
    </message>
    <message>
        <source>{0}的意见</source>
        <translation>The opinion of {0}</translation>
    </message>
    <message>
        <source>{0}{1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>导入听证会文件</source>
        <translation>Import Hearing File</translation>
    </message>
    <message>
        <source>听证会文件 (*.json)</source>
        <translation>Hearing files (*.json)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>导出听证会文件</source>
        <translation>Export Hearing File</translation>
    </message>
    <message>
        <source>借出到笔记本文件（已有的文件不会被替换，听证会加入其中）</source>
        <translation>Check out to a laptop file (an existing file is not replaced; the hearing is added to it)</translation>
    </message>
    <message>
        <source>Hearing Desk 数据库 (*.sqlite3 *.db)</source>
        <translation>Hearing Desk database (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>从笔记本文件交回</source>
        <translation>Check in from a laptop file</translation>
    </message>
    <message>
        <source>交回时发现冲突</source>
        <translation>Conflict on check-in</translation>
    </message>
    <message>
        <source>没有合并任何内容。请核对后选择：</source>
        <translation>Nothing was merged. Check, then choose:</translation>
    </message>
    <message>
        <source>以笔记本上的内容替换</source>
        <translation>Replace with the laptop&apos;s version</translation>
    </message>
    <message>
        <source>作为新的听证会存入</source>
        <translation>Store as a new hearing</translation>
    </message>
    <message>
        <source>导出的文件是否包含听证参加人的联系电话、身份证号等个人信息？</source>
        <translation>Should the exported file include the participants’ personal data (phone numbers, ID numbers)?</translation>
    </message>
    <message>
        <source>交给他人或公开存档的文件，建议不含个人信息。</source>
        <translation>For files given to others or archived publicly, leave personal data out.</translation>
    </message>
    <message>
        <source>包含个人信息</source>
        <translation>Include personal data</translation>
    </message>
    <message>
        <source>不含个人信息</source>
        <translation>Without personal data</translation>
    </message>
    <message>
        <source>文书中有个人信息</source>
        <translation>Personal data in the documents</translation>
    </message>
    <message>
        <source>听证会的文字中写有手机号码、身份证号或电子邮箱，文书会照印：</source>
        <translation>The hearing&apos;s text contains phone numbers, ID numbers or e-mail addresses, which the documents will print:</translation>
    </message>
    <message>
        <source>遮盖后文书中印为 138****1234 这样的形式；供签字的听证笔录是原始记录，始终按原文打印。</source>
        <translation>Masked, they print as 138****1234; the transcript for signing is the record and always prints as typed.</translation>
    </message>
    <message>
        <source>遮盖个人信息</source>
        <translation>Mask personal data</translation>
    </message>
    <message>
        <source>按原文导出</source>
        <translation>Export as written</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>文件夹</source>
        <extracomment>names SQLite (and the window) keep beside a database: never listed</extracomment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>{0} 文件</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>查找范围：</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>文件类型：</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>不能选择这个文件</source>
        <translation>This File Cannot Be Chosen</translation>
    </message>
    <message>
        <source>{0} 是 Hearing Desk 正在使用的数据库或它的附属文件，不能在这里选择它。</source>
        <translation>{0} is the database Hearing Desk is using, or one of its files; it cannot be chosen here.</translation>
    </message>
</context>
<context>
    <name>hearing_list</name>
    <message>
        <source>日期未定</source>
        <translation>Date not set</translation>
    </message>
    <message>
        <source>已借出（{0}），交回前不能修改</source>
        <extracomment>what a line of the list is made of (title, date, and the status below: the lock and the signatures, the turns, the participants, the answers): a change that touches any of these refreshes the list</extracomment>
        <translation>Checked out ({0}), read-only until checked in</translation>
    </message>
    <message>
        <source>借自档案库</source>
        <translation>Checked out of the archive</translation>
    </message>
    <message>
        <source>笔录已锁定</source>
        <translation>Transcript locked</translation>
    </message>
    <message>
        <source>笔录 {0} 段</source>
        <translation>{0} turns</translation>
    </message>
    <message>
        <source>筹备中</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>参加人 {0} 人</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <source>意见已答复 {0}/{1}</source>
        <translation>Opinions answered {0}/{1}</translation>
    </message>
    <message>
        <source>待签字 {0}</source>
        <translation>{0} to sign</translation>
    </message>
    <message>
        <source>签字已完成</source>
        <translation>All signed</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>采纳</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>部分采纳</source>
        <translation>Partly adopted</translation>
    </message>
    <message>
        <source>不予采纳</source>
        <translation>Not adopted</translation>
    </message>
    <message>
        <source>已体现</source>
        <translation>Already reflected</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>另行研究</source>
        <translation>Deferred for study</translation>
    </message>
    <message>
        <source>无需处理</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <source>听证主持人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>听证员</source>
        <translation>Hearing officer</translation>
    </message>
    <message>
        <source>听证记录员</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>听证陈述人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>听证参加人</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>听证监察人</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>旁听人</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>待签字</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>拒绝签字</source>
        <translation>Refused to Sign</translation>
    </message>
    <message>
        <source>离场未签</source>
        <translation>Left before signing</translation>
    </message>
    <message>
        <source>中文</source>
        <extracomment>translated &quot;English&quot; by the English catalogue: how the window knows its language without asking the default QLocale (as Qt&apos;s own QT_LAYOUT_DIRECTION string does)</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <extracomment>how the window writes a date: 2024年7月30日 in Chinese, &quot;July 30, 2024&quot; in English (a QDate format)</extracomment>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>陈述人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>记录员</source>
        <translation>Recorder</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>听证会</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>笔录</source>
        <translation>Transcript</translation>
    </message>
</context>
</TS>

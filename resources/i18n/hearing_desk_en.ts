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
        <source>切换到“{0}”标签页</source>
        <translation>Switch to the “{0}” tab</translation>
    </message>
    <message>
        <source>界面语言（重新启动程序后生效）</source>
        <translation>Interface language (takes effect after a restart)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条文</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况 / 工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单击或按空格键切换“已到 / 未到”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>争论的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：针对第三十七条，是否需要对权益保障作进一步规定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>听证会上争论的主要问题：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>新增</source>
        <extracomment>an opinion id the user clicked among the linked opinions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关联所选意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把登记表中选中的意见关联到这个争论问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消下方选中的意见与这个争论问题的关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;争论的主要问题&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联的意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（关联 {0} 条意见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（尚未关联意见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单击在登记表中选中这条意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存争论的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增争论的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改争论的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除争论的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在上方登记表中选中要关联的意见。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联意见与争论问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupingProxy</name>
    <message>
        <source>{0}&#x3000;—&#x3000;{1} 条，已答复 {2} 条</source>
        <translation type="unfinished"></translation>
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
        <source>按名称筛选</source>
        <translation>Filter by name</translation>
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
        <translation>Opinions</translation>
    </message>
    <message>
        <source>意见处理</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>听证会</source>
        <extracomment>hearing_changed signals arriving within this many ms refresh the list once</extracomment>
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
        <source>{0}[*] — Hearing Desk 听证会记录</source>
        <translation>{0}[*] — Hearing Desk</translation>
    </message>
    <message>
        <source>Hearing Desk 听证会记录[*]</source>
        <translation>Hearing Desk[*]</translation>
    </message>
    <message>
        <source>正在等待后台工作完成……</source>
        <translation>Waiting for background work to finish…</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>移至其他参加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把所选意见移到哪一位听证参加人名下？（编号排在其最后）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>修改意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>听证参加人提出的意见或建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见的依据、理由（可空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：第三条、第二十三条（根据意见内容自动识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简短主题，如：数据安全（可空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录段落编号，如：12、15（可空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>听证参加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据、理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见内容不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在“听证会设置”中添加听证参加人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录出处应为段落编号，用顿号分隔，如：12、15。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionTableModel</name>
    <message>
        <source>听证参加人</source>
        <extracomment>the opinion object of a row the value columns sort by</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见或建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据、理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>争论问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>笔录出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见出自笔录的哪几段；单击即跳到“现场笔录”中的这一段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单击跳到笔录第 {0} 段</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsTab</name>
    <message>
        <source>（尚未实现）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>取消勾选表示尚未确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherNotesEditor</name>
    <message>
        <source>如：听证会中所有听证参加人提出的意见和建议，均已由听证陈述人作出分析和处理建议……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;其他需要说明的情况&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>序号</source>
        <extracomment>(person id, field name as in ``SetupService.update_person``, new value)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产生方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话（不打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号（不打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邮箱（不打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址（不打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息：只保存在本机数据库中，不会出现在听证报告、笔录或意见汇总表里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在听证报告“听证参加人的产生方式及基本情况”表中，如“某公司企业单位代表”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号（个人信息，不打印）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesTab</name>
    <message>
        <source>（尚未实现）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>（尚未实现）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议程与程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征求意见稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在左侧的听证会列表中选择一个听证会，或新建一个听证会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按《重大行政决策程序暂行条例》第十七条填入默认议程，可在“议程与程序”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>拆分意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把光标放在要拆开的位置（单击或用方向键），下面是拆分后的两条意见：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第一条（保留原编号和答复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第二条（新意见，编号顺延）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拆分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
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
    <name>TranscriptTab</name>
    <message>
        <source>（尚未实现）</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>hearing_list</name>
    <message>
        <source>日期未定</source>
        <translation>Date not set</translation>
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
    <name>parent</name>
    <message>
        <source>听证会设置</source>
        <translation>Hearing setup</translation>
    </message>
</context>
</TS>
